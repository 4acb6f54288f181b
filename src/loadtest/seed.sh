#!/usr/bin/env bash
# Seeds a Staffroom database for the load test (see seed.sql for what it adds).
#
#   src/loadtest/seed.sh <embedded-db data dir> [load users] [staff rows] [template account]
#   e.g. src/loadtest/seed.sh /var/lib/staffroom/mariadb 300 1000000 admin@school.example
#
# It signs in to the embedded MariaDB as root through the socket in the data dir (as the OS
# user that runs the app); the client is the one the app unpacked next to the data dir
# (<data dir>/../mariadb-*/bin/mariadb) unless MARIADB=/path/to/mariadb says otherwise.
# For another MariaDB, set MARIADB_ARGS (e.g. "-h 127.0.0.1 -P 3306 -u root -p staffroom").
# Defaults: 300 load users, 1,000,000 staff rows, admin@school.example as the template
# whose password hash the load users get (so they sign in with its password).
# Give the embedded database a bigger buffer pool first (the app's
# --staffroom.embedded-db.buffer-pool-size=512M): with the default 64M the million rows and their
# six indexes took 5 minutes on a busy 2-core machine.
set -euo pipefail
data_dir=${1:?usage: seed.sh <data dir> [load users] [staff rows] [template account]}
users=${2:-300}
staff=${3:-1000000}
template=${4:-admin@school.example}
here=$(cd "$(dirname "$0")" && pwd)
client=${MARIADB:-$(ls -d "$data_dir"/../mariadb-*/bin/mariadb 2>/dev/null | head -1)}
[[ -x "$client" ]] || { echo "no mariadb client found; set MARIADB=/path/to/mariadb" >&2; exit 1; }
args=${MARIADB_ARGS:-"--skip-ssl --socket=$data_dir/mariadb.sock -u root staffroom"}
[[ "$users" =~ ^[0-9]+$ && "$staff" =~ ^[0-9]+$ ]] || { echo "users and staff rows are numbers" >&2; exit 1; }
[[ "$template" =~ ^[a-z0-9.@_+-]+$ ]] || { echo "odd template e-mail: $template" >&2; exit 1; }
start=$(date +%s)
# shellcheck disable=SC2086
{ echo "SET @load_users = $users, @seed_staff = $staff, @template = '$template';"; cat "$here/seed.sql"; } \
    | "$client" $args --default-character-set=utf8mb4 --table
echo "seeded in $(( $(date +%s) - start )) s"
