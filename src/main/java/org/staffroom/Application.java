package org.staffroom;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.staffroom.base.config.StaffroomProperties;
import org.staffroom.base.db.BackupCommand;

@SpringBootApplication
@EnableConfigurationProperties(StaffroomProperties.class)
public class Application {

    public static void main(String[] args) {
        if (BackupCommand.isRequested(args)) {
            System.exit(BackupCommand.run(args));
        }
        SpringApplication.run(Application.class, args);
    }
}
