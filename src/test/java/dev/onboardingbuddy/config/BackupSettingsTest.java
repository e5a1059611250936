package dev.onboardingbuddy.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BackupSettingsTest {

    @Test
    void backupsDefaultToSevenDailyZipsInBackups() {
        BackupSettings backups = Settings.load(Map.of()).backups();

        assertThat(backups).isEqualTo(new BackupSettings(Path.of("./backups"), 7, Duration.ofHours(24)));
        assertThat(backups.enabled()).isTrue();
    }

    @Test
    void anIntervalOfZeroHoursTurnsTheJobOff() {
        BackupSettings backups = Settings.load(
                        Map.of("BACKUP_INTERVAL_HOURS", "0", "BACKUP_DIR", "/var/backups/buddy", "BACKUP_KEEP", "30"))
                .backups();

        assertThat(backups.enabled()).isFalse();
        assertThat(backups.directory()).isEqualTo(Path.of("/var/backups/buddy"));
        assertThat(backups.keep()).isEqualTo(30);
    }

    @Test
    void keepingNoBackupsOrANegativeIntervalIsNamedWithWhatIsExpected() {
        assertThatThrownBy(() -> Settings.load(Map.of("BACKUP_KEEP", "0", "BACKUP_INTERVAL_HOURS", "-1")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("BACKUP_KEEP is '0': expected a whole number from 1 to 1000")
                .hasMessageContaining("BACKUP_INTERVAL_HOURS is '-1': expected a whole number from 0 to 8760");
    }
}
