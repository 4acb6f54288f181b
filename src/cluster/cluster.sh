#!/usr/bin/env bash
# A real local Staffroom cluster on 127.0.0.1 only: a 3-node MariaDB Galera cluster, two
# app nodes (the packaged jar) and HAProxy in front with sticky sessions. For trying the
# app as it runs in production, and for tests that kill parts of it.
#
# Usage: src/cluster/cluster.sh <command>
#   start [--db-only]     DB nodes, then both app nodes at the same time, then HAProxy;
#                         waits until all are ready and prints the URLs (--db-only: only
#                         the Galera cluster; start-app and start-proxy add the rest)
#   stop                  stops everything (apps gracefully first), keeps the data
#   destroy | stop --delete   stops everything and deletes the cluster dir
#   status                what runs, Galera's cluster size, which DB node takes the writes
#                         (exit 0 when everything runs, 3 otherwise)
#   kill-app a|b          SIGKILL one app node      start-app a|b   start it, wait until ready
#   stop-app a|b          SIGTERM one app node, wait until it is gone
#   kill-db 1|2|3         SIGKILL one DB node       start-db 1|2|3  restart it, wait until Synced
#                         (kill one at a time: after two SIGKILLs the last node has no quorum)
#   stop-db 1|2|3         stop one DB node gracefully
#   start-proxy | stop-proxy   HAProxy alone (e.g. after a start that stopped half-way)
#   sql <1|2|3> [stmt]    runs SQL as root through the node's socket (stdin without stmt);
#                         output is tab-separated without column names
#   db-credentials        the app's JDBC URL, user and password file (key=value lines)
#   db-password           only the app's DB password
#
# Environment (the ports are remembered in $CLUSTER_DIR/cluster.env by `start`; a variable
# that is set wins over the remembered value):
#   CLUSTER_DIR               state, data and logs (default <repo>/target/cluster)
#   STAFFROOM_JAR             the app (default: the newest target/staffroom-*.jar)
#   JAVA_HOME                 JDK 21+ (default /usr/lib/jvm/temurin-25-jdk-amd64)
#   JAVA_OPTS                 extra JVM options for both app nodes, e.g. -Xmx512m
#   CLUSTER_HTTP_PORT         HAProxy's port (8080)
#   CLUSTER_APP_PORT_A/_B     the app nodes (8081, 8082)
#   CLUSTER_DB_PORT_BASE      DB node n listens on base+n (3400: 3401..3403); likewise
#   CLUSTER_GALERA_PORT_BASE  Galera's group port (4560), CLUSTER_IST_PORT_BASE (4570),
#   CLUSTER_SST_PORT_BASE     and the rsync SST port (4580)
#   CLUSTER_DB_TIMEOUT, CLUSTER_APP_TIMEOUT, CLUSTER_STOP_TIMEOUT   seconds (180, 300, 60)
#   CLUSTER_DB_BUFFER_POOL    InnoDB's buffer pool per DB node (128M; the load test's million
#                             staff want 512M or more)
#   Passed to both app nodes when set: STAFFROOM_ADMIN_PASSWORD, STAFFROOM_ADMIN_EMAIL,
#   STAFFROOM_MFA_REQUIRED_FOR, STAFFROOM_SAMPLE_DATA_ENABLED, TZ. Nothing else of the
#   caller's environment reaches the apps, so a stray SPRING_* or PORT cannot change them.
#
# Needs Debian's packages (run as root; mariadbd runs as user mysql):
#   apt-get install -y --no-install-recommends mariadb-server galera-4 rsync haproxy curl
# (on Debian 12 mariadb-server already depends on galera-4, rsync, socat, lsof and iproute2;
# rsync is the SST method, ss from iproute2 is used by its script, socat by `status`).
set -euo pipefail

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo_root=$(cd "$script_dir/../.." && pwd)
CLUSTER_DIR=$(realpath -m -- "${CLUSTER_DIR:-$repo_root/target/cluster}")

MARIADBD=/usr/sbin/mariadbd
GALERA_LIB=/usr/lib/galera/libgalera_smm.so
HAPROXY=/usr/sbin/haproxy
DB_NODES=(1 2 3)
APP_NODES=(a b)
# Settings that `start` remembers, so that later commands find the same ports.
SETTINGS=(CLUSTER_HTTP_PORT CLUSTER_APP_PORT_A CLUSTER_APP_PORT_B CLUSTER_DB_PORT_BASE
  CLUSTER_GALERA_PORT_BASE CLUSTER_IST_PORT_BASE CLUSTER_SST_PORT_BASE)
# What the apps get from the caller's environment, and nothing more.
PASS_THROUGH=(STAFFROOM_ADMIN_PASSWORD STAFFROOM_ADMIN_EMAIL STAFFROOM_MFA_REQUIRED_FOR
  STAFFROOM_SAMPLE_DATA_ENABLED TZ)

# ---------------------------------------------------------------------------- helpers

say() { printf 'cluster: %s\n' "$*"; }
warn() { printf 'cluster: %s\n' "$*" >&2; }
die() {
  warn "error: $*"
  exit 1
}

# Prints the end of a log to stderr, for a failure message.
show_tail() {
  local file=$1 lines=${2:-30}
  if [[ -s $file ]]; then
    warn "last $lines lines of $file:"
    tail -n "$lines" "$file" | sed 's/^/  | /' >&2
  else
    warn "($file is empty or missing)"
  fi
}

# Values of the caller's environment win over the remembered ones, which win over defaults.
load_settings() {
  local file=$CLUSTER_DIR/cluster.env key value
  if [[ -f $file ]]; then
    while IFS='=' read -r key value; do
      [[ " ${SETTINGS[*]} " == *" $key "* && -z ${!key:-} ]] && printf -v "$key" '%s' "$value"
    done <"$file"
  fi
  : "${CLUSTER_HTTP_PORT:=8080}" "${CLUSTER_APP_PORT_A:=8081}" "${CLUSTER_APP_PORT_B:=8082}"
  : "${CLUSTER_DB_PORT_BASE:=3400}" "${CLUSTER_GALERA_PORT_BASE:=4560}"
  : "${CLUSTER_IST_PORT_BASE:=4570}" "${CLUSTER_SST_PORT_BASE:=4580}"
  : "${CLUSTER_DB_TIMEOUT:=180}" "${CLUSTER_APP_TIMEOUT:=300}" "${CLUSTER_STOP_TIMEOUT:=60}"
  for key in "${SETTINGS[@]}" CLUSTER_DB_TIMEOUT CLUSTER_APP_TIMEOUT CLUSTER_STOP_TIMEOUT; do
    [[ ${!key} =~ ^[0-9]+$ ]] || die "$key must be a number, not '${!key}'"
  done
  : "${CLUSTER_DB_BUFFER_POOL:=128M}"
  [[ $CLUSTER_DB_BUFFER_POOL =~ ^[0-9]+[KMG]?$ ]] ||
    die "CLUSTER_DB_BUFFER_POOL must be a size such as 512M, not '$CLUSTER_DB_BUFFER_POOL'"
}

save_settings() {
  local key
  for key in "${SETTINGS[@]}"; do printf '%s=%s\n' "$key" "${!key}"; done >"$CLUSTER_DIR/cluster.env"
}

# A secret in an owner-only file, made once per cluster dir.
secret_file() {
  local file=$1 value=$2
  if [[ ! -s $file ]]; then
    (umask 077 && printf '%s\n' "$value" >"$file")
  fi
  chmod 600 "$file"
}
# Letters and digits only: the password goes into SQL and an environment variable as is.
random_password() {
  local chars
  chars=$(head -c 48 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
  printf '%s' "${chars:0:32}"
}
random_key() { head -c 32 /dev/urandom | base64; }

db_password_file() { echo "$CLUSTER_DIR/db-staffroom.password"; }
secret_key_file() { echo "$CLUSTER_DIR/staffroom-secret.key"; }

# A pid file names a live process only if that process is still ours: its command line
# carries the cluster dir. This keeps a stale pid file (after a reboot) from killing a
# stranger that got the same pid.
pid_of() {
  local file=$CLUSTER_DIR/$1.pid pid
  [[ -s $file ]] || return 1
  pid=$(<"$file")
  [[ $pid =~ ^[0-9]+$ && -r /proc/$pid/cmdline ]] || return 1
  [[ $(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null) != Z ]] || return 1
  tr '\0' ' ' 2>/dev/null <"/proc/$pid/cmdline" | grep -qF -- "$CLUSTER_DIR/" || return 1
  echo "$pid"
}
running() { pid_of "$1" >/dev/null; }

# Right after `cmd &` the child is still a copy of this script; pid_of only knows it once it
# has exec'd. Waits for that (or for its end), so a start is not mistaken for a crash.
await_exec() {
  local pid=$1 deadline=$((SECONDS + 5))
  while [[ -e /proc/$pid ]] && ! tr '\0' ' ' 2>/dev/null <"/proc/$pid/cmdline" | grep -qF -- "$CLUSTER_DIR/"; do
    ((SECONDS < deadline)) || return 0
    sleep 0.1
  done
}

# The part of a log written since cluster.sh last started that process.
since_last_start() {
  local file=$1 from
  from=$(grep -n '^==== cluster.sh: starting' "$file" 2>/dev/null | tail -n 1 | cut -d: -f1)
  tail -n +"${from:-1}" "$file" 2>/dev/null
}

# Waits until the process is gone; false when it is still there after the timeout.
wait_gone() {
  local pid=$1 deadline=$((SECONDS + $2))
  while [[ -e /proc/$pid ]] && [[ $(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null) != Z ]]; do
    ((SECONDS < deadline)) || return 1
    sleep 0.2
  done
}

# Sends a signal and waits; a graceful stop that hangs ends with SIGKILL and a warning.
stop_process() {
  local name=$1 signal=$2 timeout=$3 pid
  pid=$(pid_of "$name") || { rm -f "$CLUSTER_DIR/$name.pid"; return 0; }
  kill -s "$signal" "$pid" 2>/dev/null || true
  if ! wait_gone "$pid" "$timeout"; then
    warn "$name (pid $pid) did not stop within ${timeout}s after SIG$signal; sending SIGKILL"
    kill -s KILL "$pid" 2>/dev/null || true
    wait_gone "$pid" 10 || warn "$name (pid $pid) survives SIGKILL"
  fi
  rm -f "$CLUSTER_DIR/$name.pid"
}

http_code() { curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$@" 2>/dev/null || true; }

check_tools() {
  local missing=() tool
  [[ $(id -u) -eq 0 ]] || die "run as root: mariadbd is started as user mysql"
  [[ -x $MARIADBD ]] || missing+=(mariadb-server)
  [[ -f $GALERA_LIB ]] || missing+=(galera-4)
  for tool in rsync:rsync haproxy:haproxy curl:curl ss:iproute2 mariadb:mariadb-client \
    mariadb-install-db:mariadb-server; do
    command -v "${tool%%:*}" >/dev/null || missing+=("${tool#*:}")
  done
  ((${#missing[@]} == 0)) || die "missing Debian packages: apt-get install -y ${missing[*]}"
  id mysql >/dev/null 2>&1 || die "no user mysql (it comes with mariadb-server)"
}

# ---------------------------------------------------------------------------- DB nodes

db_dir() { echo "$CLUSTER_DIR/db$1"; }
db_datadir() { echo "$CLUSTER_DIR/db$1/data"; }
db_socket() { echo "$CLUSTER_DIR/db$1/mariadb.sock"; }
db_port() { echo $((CLUSTER_DB_PORT_BASE + $1)); }
db_log() { echo "$CLUSTER_DIR/db$1.log"; }
db_cnf() { echo "$CLUSTER_DIR/db$1.cnf"; }
galera_port() { echo $((CLUSTER_GALERA_PORT_BASE + $1)); }

check_db_node() { [[ " ${DB_NODES[*]} " == *" ${1:-} "* ]] || die "DB node must be 1, 2 or 3, not '${1:-}'"; }

# Root through the socket only (unix_socket authentication, as mariadb-install-db set it).
db_sql() {
  local node=$1
  shift
  mariadb --socket="$(db_socket "$node")" -u root -N -B "$@"
}

db_status_var() {
  db_sql "$1" -e "SHOW GLOBAL STATUS LIKE '$2'" 2>/dev/null | cut -f2
}

jdbc_url() {
  local hosts=() n
  for n in "${DB_NODES[@]}"; do hosts+=("127.0.0.1:$(db_port "$n")"); done
  local IFS=,
  echo "jdbc:mariadb:sequential://${hosts[*]}/staffroom"
}

# Everything on 127.0.0.1, each node with its own ports; the SST script (run as mysql)
# reads this file too, so it holds no secret and is world-readable.
write_db_cnf() {
  local n=$1 members=() m
  for m in "${DB_NODES[@]}"; do members+=("127.0.0.1:$(galera_port "$m")"); done
  local IFS=,
  cat >"$(db_cnf "$n")" <<EOF
# Generated by cluster.sh; rewritten at every start of the cluster.
[mysqld]
user                       = mysql
datadir                    = $(db_datadir "$n")
socket                     = $(db_socket "$n")
pid-file                   = $(db_dir "$n")/mariadbd.pid
port                       = $(db_port "$n")
bind-address               = 127.0.0.1
skip-name-resolve
character-set-server       = utf8mb4
collation-server           = utf8mb4_unicode_ci
default_storage_engine     = InnoDB
innodb_buffer_pool_size    = $CLUSTER_DB_BUFFER_POOL
innodb_log_file_size       = 64M
# The other nodes hold every commit too, and a SIGKILL leaves the log in the OS's cache.
innodb_flush_log_at_trx_commit = 2
performance_schema         = OFF
# Galera needs row-based replication and interleaved auto-increment locks.
binlog_format              = ROW
innodb_autoinc_lock_mode   = 2
# Galera counts as a binary log: without this, only SUPER may create the schema's triggers (V13).
log_bin_trust_function_creators = ON

wsrep_on                   = ON
wsrep_provider             = $GALERA_LIB
wsrep_cluster_name         = staffroom-local
wsrep_cluster_address      = gcomm://${members[*]}
wsrep_node_name            = db$n
wsrep_node_address         = 127.0.0.1:$(galera_port "$n")
wsrep_node_incoming_address = 127.0.0.1:$(db_port "$n")
wsrep_provider_options     = "gmcast.listen_addr=tcp://127.0.0.1:$(galera_port "$n");ist.recv_addr=127.0.0.1:$((CLUSTER_IST_PORT_BASE + n));gcache.size=128M"
wsrep_sst_method           = rsync
wsrep_sst_receive_address  = 127.0.0.1:$((CLUSTER_SST_PORT_BASE + n))
wsrep_slave_threads        = 2
EOF
  chmod 644 "$(db_cnf "$n")"
}

grastate() { sed -n "s/^$2:[[:space:]]*//p" "$(db_datadir "$1")/grastate.dat" 2>/dev/null; }
db_has_data() { [[ -e $(db_datadir "$1")/ibdata1 ]]; }

# After a SIGKILL grastate.dat says seqno -1; InnoDB still knows the last committed
# transaction. Galera needs it to ask for IST instead of a full SST (Debian's systemd unit
# does the same with galera_recovery). Prints "uuid:seqno", or nothing.
db_recovered_position() {
  local n=$1 seqno log
  seqno=$(grastate "$n" seqno)
  if [[ -n $seqno && $seqno != -1 ]]; then
    echo "$(grastate "$n" uuid):$seqno"
    return
  fi
  # No grastate.dat: a fresh install or an empty joiner, nothing to recover.
  [[ -f $(db_datadir "$n")/grastate.dat ]] && db_has_data "$n" || return 0
  log=$(db_dir "$n")/wsrep-recover.log
  rm -f "$log"
  "$MARIADBD" --defaults-file="$(db_cnf "$n")" --wsrep-recover --log-error="$log" >/dev/null 2>&1 ||
    { show_tail "$log"; die "db$n: position recovery (mariadbd --wsrep-recover) failed"; }
  grep -a 'WSREP: Recovered position:' "$log" | tail -n 1 | sed 's/.*Recovered position:[[:space:]]*//'
}

# Starts mariadbd in its own session (Ctrl-C in the caller's terminal does not reach it).
db_launch() {
  local n=$1
  shift
  running "db$n" && die "db$n already runs (pid $(pid_of "db$n"))"
  printf '\n==== cluster.sh: starting db%s %s at %s\n' "$n" "$*" "$(date -Is)" >>"$(db_log "$n")"
  setsid "$MARIADBD" --defaults-file="$(db_cnf "$n")" "$@" </dev/null >>"$(db_log "$n")" 2>&1 &
  echo $! >"$CLUSTER_DIR/db$n.pid"
  await_exec $!
}

# A node is ready when Galera says Synced (a joiner has finished its SST or IST).
db_wait_synced() {
  local n=$1 deadline=$((SECONDS + CLUSTER_DB_TIMEOUT)) state
  while :; do
    running "db$n" || { show_tail "$(db_log "$n")" 40; die "db$n exited while starting"; }
    state=$(db_status_var "$n" wsrep_local_state_comment) || true
    [[ $state == Synced ]] && return 0
    ((SECONDS < deadline)) ||
      { show_tail "$(db_log "$n")" 40; die "db$n not Synced after ${CLUSTER_DB_TIMEOUT}s (state: ${state:-no answer})"; }
    sleep 0.5
  done
}

# Joins the running cluster, resuming from the recovered position when there is one.
db_join() {
  local n=$1 position
  position=$(db_recovered_position "$n")
  if [[ -n $position ]]; then
    db_launch "$n" --wsrep_start_position="$position"
  else
    db_launch "$n"
  fi
  db_wait_synced "$n"
  say "db$n joined and Synced (port $(db_port "$n"))"
}

running_db_nodes() {
  local n
  for n in "${DB_NODES[@]}"; do running "db$n" && echo "$n"; done
  return 0
}

# The node that may start a new cluster: the one that stopped last (safe_to_bootstrap),
# else, after a crash of all, the one with the highest recovered seqno.
choose_bootstrap_node() {
  local n best='' best_seqno=-2 position seqno
  for n in "${DB_NODES[@]}"; do
    [[ $(grastate "$n" safe_to_bootstrap) == 1 ]] && { echo "$n"; return; }
  done
  for n in "${DB_NODES[@]}"; do
    db_has_data "$n" || continue
    position=$(db_recovered_position "$n")
    seqno=${position##*:}
    [[ $seqno =~ ^-?[0-9]+$ ]] || continue
    ((seqno > best_seqno)) && { best=$n; best_seqno=$seqno; }
  done
  [[ -n $best ]] || die "no DB node has data to bootstrap from; 'destroy' and start anew"
  warn "no DB node stopped cleanly; bootstrapping db$best, which has the highest seqno ($best_seqno)"
  sed -i 's/^safe_to_bootstrap:.*/safe_to_bootstrap: 1/' "$(db_datadir "$best")/grastate.dat"
  echo "$best"
}

db_prepare_dirs() {
  local n
  for n in "${DB_NODES[@]}"; do
    mkdir -p "$(db_datadir "$n")"
    chown mysql:mysql "$(db_dir "$n")" "$(db_datadir "$n")"
    chmod 750 "$(db_dir "$n")"
    write_db_cnf "$n"
  done
  runuser -u mysql -- test -w "$(db_datadir 1)" ||
    die "user mysql cannot reach $(db_datadir 1): every directory above $CLUSTER_DIR must be searchable (o+x)"
}

# The app's schema and account; idempotent, and the password file stays authoritative.
db_create_app_account() {
  local password
  password=$(<"$(db_password_file)")
  db_sql "$1" <<SQL
CREATE DATABASE IF NOT EXISTS staffroom CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'staffroom'@'127.0.0.1' IDENTIFIED BY '$password';
ALTER USER 'staffroom'@'127.0.0.1' IDENTIFIED BY '$password';
GRANT ALL PRIVILEGES ON staffroom.* TO 'staffroom'@'127.0.0.1';
SQL
}

# Bootstraps a new cluster on node 1 (empty dir) or on the node that stopped last, then
# lets the others join one at a time (one donor serves one SST at a time).
db_start_cluster() {
  local first n position
  if ! db_has_data 1 && ! db_has_data 2 && ! db_has_data 3; then
    say "initialising db1 in $(db_datadir 1)"
    mariadb-install-db --no-defaults --user=mysql --datadir="$(db_datadir 1)" --skip-test-db \
      --auth-root-authentication-method=socket >>"$(db_log 1)" 2>&1 ||
      { show_tail "$(db_log 1)"; die "mariadb-install-db failed"; }
    first=1
  else
    first=$(choose_bootstrap_node)
  fi
  position=$(db_recovered_position "$first")
  db_launch "$first" --wsrep-new-cluster ${position:+--wsrep_start_position="$position"}
  db_wait_synced "$first"
  say "db$first bootstrapped the Galera cluster (port $(db_port "$first"))"
  db_create_app_account "$first"
  for n in "${DB_NODES[@]}"; do
    [[ $n == "$first" ]] || db_join "$n"
  done
}

db_stop() {
  stop_process "db$1" TERM "$CLUSTER_STOP_TIMEOUT"
}

# ---------------------------------------------------------------------------- app nodes

app_port() { if [[ $1 == a ]]; then echo "$CLUSTER_APP_PORT_A"; else echo "$CLUSTER_APP_PORT_B"; fi; }
app_log() { echo "$CLUSTER_DIR/app-$1.log"; }
check_app_node() { [[ ${1:-} == a || ${1:-} == b ]] || die "app node must be a or b, not '${1:-}'"; }

app_jar() {
  local jar=${STAFFROOM_JAR:-} candidate
  if [[ -z $jar ]]; then
    for candidate in "$repo_root"/target/staffroom-*.jar; do
      [[ -f $candidate && ( -z $jar || $candidate -nt $jar ) ]] && jar=$candidate
    done
  fi
  [[ -n $jar && -f $jar ]] || die "no app jar: set STAFFROOM_JAR or build target/staffroom-*.jar (./mvnw package)"
  echo "$jar"
}

java_bin() {
  local java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java major
  [[ -x $java ]] || die "no java at $java: set JAVA_HOME to a JDK 21 or newer"
  major=$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
  [[ ${major:-0} -ge 21 ]] 2>/dev/null || die "$java is Java ${major:-?}; Staffroom needs 21 or newer"
  echo "$java"
}

# A clean environment: only what the cluster decides plus the documented pass-through.
# -Dcluster.dir marks the process as ours (see pid_of); the app ignores it.
app_launch() {
  local node=$1 jar=$2 java=$3 port var
  port=$(app_port "$node")
  running "app-$node" && die "app $node already runs (pid $(pid_of "app-$node"))"
  local -a env_vars=(
    "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
    "HOME=${HOME:-/root}" "LANG=${LANG:-C.UTF-8}"
    "SPRING_DATASOURCE_URL=$(jdbc_url)"
    "SPRING_DATASOURCE_USERNAME=staffroom"
    "SPRING_DATASOURCE_PASSWORD=$(<"$(db_password_file)")"
    "STAFFROOM_SECRET_KEY=$(<"$(secret_key_file)")"
    "STAFFROOM_TRUSTED_PROXIES=127.0.0.1"
    "STAFFROOM_PUBLIC_URL=http://localhost:$CLUSTER_HTTP_PORT"
    "SERVER_PORT=$port" "SERVER_ADDRESS=127.0.0.1"
  )
  for var in "${PASS_THROUGH[@]}"; do
    [[ -n ${!var+set} ]] && env_vars+=("$var=${!var}")
  done
  local -a java_opts=()
  read -r -a java_opts <<<"${JAVA_OPTS:-}"
  mkdir -p "$CLUSTER_DIR/app-$node"
  printf '\n==== cluster.sh: starting app %s (%s) at %s\n' "$node" "$jar" "$(date -Is)" >>"$(app_log "$node")"
  # The working directory keeps whatever the app writes relative to it inside the cluster dir.
  (cd "$CLUSTER_DIR/app-$node" && exec setsid env -i "${env_vars[@]}" "$java" "${java_opts[@]}" \
    -Dcluster.dir="$CLUSTER_DIR/" -Dcluster.node="$node" -jar "$jar" \
    </dev/null >>"$(app_log "$node")" 2>&1) &
  echo $! >"$CLUSTER_DIR/app-$node.pid"
  await_exec $!
}

# What made an app stop while starting, from its log: the first error lines.
app_failure_report() {
  local log=$1
  warn "first error lines of $log since its last start:"
  since_last_start "$log" |
    grep -m 12 -E 'ERROR|Exception|APPLICATION FAILED|Caused by|Description:|Detected failed|GET_LOCK|Duplicate entry|already exists' |
    cut -c1-400 | sed 's/^/  | /' >&2 || true
  show_tail "$log" 25
}

# Waits for all given app nodes at once, so that two started together are watched together;
# when one dies, the other is still waited for, so that the report tells about both.
app_wait_ready() {
  local started=$SECONDS node pending=("$@") still=() failed=()
  while ((${#pending[@]} > 0)); do
    still=()
    for node in "${pending[@]}"; do
      if ! running "app-$node"; then
        app_failure_report "$(app_log "$node")"
        warn "app $node exited while starting, after $((SECONDS - started))s"
        failed+=("$node")
      elif [[ $(http_code "http://127.0.0.1:$(app_port "$node")/actuator/health/readiness") == 200 ]]; then
        say "app $node ready after $((SECONDS - started))s (http://127.0.0.1:$(app_port "$node"))"
      else
        still+=("$node")
      fi
    done
    pending=("${still[@]}")
    ((${#pending[@]} == 0)) && break
    if ((SECONDS - started >= CLUSTER_APP_TIMEOUT)); then
      for node in "${pending[@]}"; do app_failure_report "$(app_log "$node")"; done
      die "app ${pending[*]} not ready after ${CLUSTER_APP_TIMEOUT}s"
    fi
    sleep 1
  done
  ((${#failed[@]} == 0)) && return 0
  local logs=()
  for node in "${failed[@]}"; do logs+=("$(app_log "$node")"); done
  die "app ${failed[*]} exited while starting; see ${logs[*]}"
}

app_stop() {
  # Spring's graceful shutdown lets requests in progress finish (30 s at most).
  stop_process "app-$1" TERM "$CLUSTER_STOP_TIMEOUT"
}

# ---------------------------------------------------------------------------- HAProxy

write_haproxy_cfg() {
  cat >"$CLUSTER_DIR/haproxy.cfg" <<EOF
# Generated by cluster.sh; rewritten at every start.
global
    log stdout format raw local0 info
    maxconn 2000
    stats socket $CLUSTER_DIR/haproxy.sock mode 600 level admin

defaults
    mode http
    log global
    option httplog
    option dontlognull
    option forwardfor
    # The sticky node is down: every retry goes to the other node (not only the last one,
    # and without HAProxy's 1 s pause between retries on the same server).
    option redispatch 1
    retries 2
    # Also retry when a kept-alive connection to a node that just died closes without an
    # answer, instead of handing the browser a 502.
    retry-on conn-failure empty-response
    timeout connect 2s
    # Vaadin's requests and its heartbeat fit well inside a minute.
    timeout client 60s
    timeout server 60s
    timeout http-request 10s
    timeout http-keep-alive 10s
    timeout check 2s
    # A push websocket, if the app ever uses one, stays open while it is idle.
    timeout tunnel 1h

frontend staffroom
    bind 127.0.0.1:$CLUSTER_HTTP_PORT
    default_backend app

backend app
    balance roundrobin
    # A Vaadin session lives in one JVM: keep each browser on its node.
    cookie SERVERID insert indirect nocache httponly
    option httpchk GET /actuator/health/readiness
    http-check expect status 200
    # Checked every second: a dead node is out after about 2 s, back after 2 good checks.
    default-server inter 1s fastinter 500ms downinter 1s fall 2 rise 2
    server a 127.0.0.1:$CLUSTER_APP_PORT_A check cookie a
    server b 127.0.0.1:$CLUSTER_APP_PORT_B check cookie b
EOF
}

# In the foreground of its own session, so that its log goes to haproxy.log.
haproxy_start() {
  running haproxy && die "haproxy already runs (pid $(pid_of haproxy))"
  write_haproxy_cfg
  "$HAPROXY" -c -q -f "$CLUSTER_DIR/haproxy.cfg" || die "HAProxy refuses $CLUSTER_DIR/haproxy.cfg"
  printf '\n==== cluster.sh: starting haproxy at %s\n' "$(date -Is)" >>"$CLUSTER_DIR/haproxy.log"
  setsid "$HAPROXY" -db -f "$CLUSTER_DIR/haproxy.cfg" </dev/null >>"$CLUSTER_DIR/haproxy.log" 2>&1 &
  echo $! >"$CLUSTER_DIR/haproxy.pid"
  await_exec $!
  local deadline=$((SECONDS + 30))
  until [[ $(http_code "http://127.0.0.1:$CLUSTER_HTTP_PORT/actuator/health/readiness") == 200 ]]; do
    running haproxy || { show_tail "$CLUSTER_DIR/haproxy.log"; die "haproxy exited"; }
    ((SECONDS < deadline)) || { show_tail "$CLUSTER_DIR/haproxy.log"; die "the proxy does not answer 200 on readiness"; }
    sleep 0.5
  done
  say "haproxy ready (http://localhost:$CLUSTER_HTTP_PORT)"
}

# ---------------------------------------------------------------------------- commands

anything_running() {
  local name
  for name in db1 db2 db3 app-a app-b haproxy; do running "$name" && echo "$name"; done
  return 0
}

# Where the first administrator's password is: the app logs say whether and how it was
# created; a generated one is printed once on the console, which is the app's log here.
admin_password_hint() {
  local node log line
  for node in "${APP_NODES[@]}"; do
    log=$(app_log "$node")
    if grep -q 'event=bootstrap-admin .*passwordSource=configuration' "$log" 2>/dev/null; then
      echo "the one given in STAFFROOM_ADMIN_PASSWORD when app $node created it"
      return
    fi
    line=$(grep -a -E '^ +Password: ' "$log" 2>/dev/null | tail -n 1 | sed 's/^ *Password: *//') || true
    if [[ -n $line ]]; then
      echo "$line  (printed once into $log)"
      return
    fi
  done
  echo "unknown here: the administrator existed before this cluster's apps first started"
}

print_db_summary() {
  local n
  cat <<EOF
  apps' DB URL: $(jdbc_url)
           user staffroom, password in $(db_password_file)
EOF
  for n in "${DB_NODES[@]}"; do
    echo "  db$n:     jdbc:mariadb://127.0.0.1:$(db_port "$n")/staffroom   socket $(db_socket "$n"), log $(db_log "$n")"
  done
}

print_summary() {
  cat <<EOF

Staffroom cluster is up in $CLUSTER_DIR
  proxy:   http://localhost:$CLUSTER_HTTP_PORT/    (HAProxy, sticky cookie SERVERID=a|b; log haproxy.log)
  app a:   http://127.0.0.1:$CLUSTER_APP_PORT_A/    log $(app_log a)
  app b:   http://127.0.0.1:$CLUSTER_APP_PORT_B/    log $(app_log b)
EOF
  print_db_summary
  cat <<EOF
  admin:   ${STAFFROOM_ADMIN_EMAIL:-admin@school.example}, password $(admin_password_hint)
  more:    $0 status | stop | destroy | kill-app a | kill-db 1 | sql 1 "SELECT ..."
EOF
}

cmd_start() {
  local started=$SECONDS others jar='' java='' db_only=false
  case ${1:-} in
    '') ;;
    --db-only) db_only=true ;;
    *) die "start takes only --db-only, not '$1'" ;;
  esac
  check_tools
  others=$(anything_running | tr '\n' ' ')
  [[ -z $others ]] || die "already running: $others- use '$0 stop' first (or status)"
  if ! $db_only; then
    # Before any DB work, so that a missing jar or JDK fails at once.
    jar=$(app_jar)
    java=$(java_bin)
  fi
  mkdir -p "$CLUSTER_DIR"
  chmod 755 "$CLUSTER_DIR"
  save_settings
  secret_file "$(db_password_file)" "$(random_password)"
  secret_file "$(secret_key_file)" "$(random_key)"
  db_prepare_dirs
  db_start_cluster
  if $db_only; then
    print_db_summary
    say "Galera cluster started in $((SECONDS - started))s; add the apps with start-app a, start-app b, start-proxy"
    return
  fi
  # Both at once on purpose: the first start must be safe with two nodes racing.
  say "starting app a and app b together ($jar)"
  app_launch a "$jar" "$java"
  app_launch b "$jar" "$java"
  app_wait_ready a b
  haproxy_start
  print_summary
  say "started in $((SECONDS - started))s"
}

cmd_stop() {
  local node n pid
  # Apps first, both at once, so neither sees its database disappear under it.
  for node in "${APP_NODES[@]}"; do
    if pid=$(pid_of "app-$node"); then kill -s TERM "$pid" 2>/dev/null || true; fi
  done
  for node in "${APP_NODES[@]}"; do app_stop "$node"; done
  stop_process haproxy TERM 10
  # The last node to leave is the one that may bootstrap the next start: db1.
  for ((n = ${#DB_NODES[@]}; n >= 1; n--)); do db_stop "$n"; done
  say "stopped (data kept in $CLUSTER_DIR)"
}

cmd_destroy() {
  [[ -d $CLUSTER_DIR ]] || { say "nothing to delete at $CLUSTER_DIR"; return 0; }
  # Never rm -rf a directory that is not a cluster dir (CLUSTER_DIR=/ by mistake).
  [[ -f $CLUSTER_DIR/cluster.env || -d $CLUSTER_DIR/db1 ]] ||
    die "$CLUSTER_DIR does not look like a cluster dir (no cluster.env); not deleting it"
  cmd_stop
  rm -rf -- "$CLUSTER_DIR"
  say "deleted $CLUSTER_DIR"
}

cmd_status() {
  local all=0 n node pid state size commits component conns writer='' holders='' code
  for n in "${DB_NODES[@]}"; do
    if pid=$(pid_of "db$n"); then
      state=$(db_status_var "$n" wsrep_local_state_comment) || true
      size=$(db_status_var "$n" wsrep_cluster_size) || true
      commits=$(db_status_var "$n" wsrep_local_commits) || true
      component=$(db_status_var "$n" wsrep_cluster_status) || true
      conns=$(db_sql "$n" -e "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE USER = 'staffroom'" 2>/dev/null) || true
      printf 'db%s     running  pid %-7s port %s  %-11s %-11s cluster size %s  staffroom connections %s  local commits %s\n' \
        "$n" "$pid" "$(db_port "$n")" "${state:-?}" "${component:-?}" "${size:-?}" "${conns:-?}" "${commits:-?}"
      [[ -z $writer && $state == Synced ]] && writer=db$n
      [[ ${conns:-0} =~ ^[1-9] ]] && holders+="${holders:+, }db$n ($conns)"
    else
      printf 'db%s     stopped\n' "$n"
      all=3
    fi
  done
  for node in "${APP_NODES[@]}"; do
    if pid=$(pid_of "app-$node"); then
      code=$(http_code "http://127.0.0.1:$(app_port "$node")/actuator/health/readiness")
      printf 'app %s   running  pid %-7s port %s  readiness %s\n' "$node" "$pid" "$(app_port "$node")" "$code"
      [[ $code == 200 ]] || all=3
    else
      printf 'app %s   stopped\n' "$node"
      all=3
    fi
  done
  if pid=$(pid_of haproxy); then
    code=$(http_code "http://127.0.0.1:$CLUSTER_HTTP_PORT/actuator/health/readiness")
    printf 'haproxy  running  pid %-7s port %s  readiness through the proxy %s\n' "$pid" "$CLUSTER_HTTP_PORT" "$code"
    if command -v socat >/dev/null; then
      echo 'show stat' | socat - "UNIX-CONNECT:$CLUSTER_DIR/haproxy.sock" 2>/dev/null |
        awk -F, '$1 == "app" && $2 != "BACKEND" {printf "         server %s %s\n", $2, $18}' || true
    fi
  else
    printf 'haproxy  stopped\n'
    all=3
  fi
  # Connector/J's sequential mode opens each new connection on the first node that answers;
  # connections opened during a failover stay where they are until the pool retires them.
  echo "writes:  on ${holders:-no node} (the apps' open connections); new connections go to ${writer:-no Synced node} (first Synced node of the sequential URL)"
  return "$all"
}

cmd_kill_app() {
  check_app_node "${1:-}"
  local pid
  pid=$(pid_of "app-$1") || die "app $1 does not run"
  kill -s KILL "$pid"
  wait_gone "$pid" 10 || die "app $1 (pid $pid) survives SIGKILL"
  rm -f "$CLUSTER_DIR/app-$1.pid"
  say "killed app $1 (pid $pid)"
}

cmd_start_app() {
  check_app_node "${1:-}"
  [[ -f $(db_password_file) ]] || die "no cluster in $CLUSTER_DIR: run start first"
  app_launch "$1" "$(app_jar)" "$(java_bin)"
  app_wait_ready "$1"
}

cmd_kill_db() {
  check_db_node "${1:-}"
  local pid
  pid=$(pid_of "db$1") || die "db$1 does not run"
  kill -s KILL "$pid"
  wait_gone "$pid" 10 || die "db$1 (pid $pid) survives SIGKILL"
  rm -f "$CLUSTER_DIR/db$1.pid"
  say "killed db$1 (pid $pid)"
}

# A joiner needs a primary component to join; after two SIGKILLs the survivor has none and
# the joiner would wait in vain, so say how to make the survivor primary again instead.
cmd_start_db() {
  check_db_node "${1:-}"
  local others n
  others=$(running_db_nodes | paste -sd ' ')
  [[ -n $others ]] ||
    die "no other DB node runs, so db$1 has no cluster to join: use '$0 start' (it bootstraps)"
  for n in $others; do
    if [[ $(db_status_var "$n" wsrep_cluster_status || true) == Primary ]]; then
      db_join "$1"
      return
    fi
  done
  n=${others%% *}
  die "the running DB nodes ($others) have no quorum (non-Primary); make db$n primary first:" \
    "$0 sql $n \"SET GLOBAL wsrep_provider_options='pc.bootstrap=YES'\""
}

cmd_sql() {
  check_db_node "${1:-}"
  running "db$1" || die "db$1 does not run"
  if (($# >= 2)); then db_sql "$1" -e "$2"; else db_sql "$1"; fi
}

cmd_db_credentials() {
  [[ -f $(db_password_file) ]] || die "no cluster in $CLUSTER_DIR: run start first"
  printf 'url=%s\nuser=staffroom\npassword_file=%s\nsecret_key_file=%s\n' \
    "$(jdbc_url)" "$(db_password_file)" "$(secret_key_file)"
}

cmd_db_password() {
  [[ -f $(db_password_file) ]] || die "no cluster in $CLUSTER_DIR: run start first"
  cat "$(db_password_file)"
}

usage() {
  sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "$0"
}

main() {
  local command=${1:-}
  shift || true
  load_settings
  case $command in
    start) cmd_start "$@" ;;
    stop)
      if [[ ${1:-} == --delete ]]; then cmd_destroy; else cmd_stop; fi ;;
    destroy) cmd_destroy ;;
    status) cmd_status ;;
    kill-app) cmd_kill_app "$@" ;;
    start-app) cmd_start_app "$@" ;;
    stop-app) check_app_node "${1:-}"; app_stop "$1"; say "stopped app $1" ;;
    kill-db) cmd_kill_db "$@" ;;
    start-db) cmd_start_db "$@" ;;
    stop-db) check_db_node "${1:-}"; db_stop "$1"; say "stopped db$1" ;;
    start-proxy) haproxy_start ;;
    stop-proxy) stop_process haproxy TERM 10; say "stopped haproxy" ;;
    sql) cmd_sql "$@" ;;
    db-credentials) cmd_db_credentials ;;
    db-password) cmd_db_password ;;
    -h | --help | help) usage ;;
    *) usage >&2; exit 2 ;;
  esac
}

# On one line, so that bash has read it whole: editing this file while it runs stays harmless.
main "$@"; exit
