package dev.onboardingbuddy.persistence;

import java.util.Locale;

/** The databases the bot runs on; SQL that must differ between them switches on this. */
public enum DatabaseVendor {
    /** Embedded, one process only: the default for a single instance. */
    H2("h2"),
    /** Needed for several instances (Quartz clustering, shared outbox). */
    POSTGRESQL("postgresql");

    private final String folder;

    DatabaseVendor(String folder) {
        this.folder = folder;
    }

    /**
     * The Flyway location of this vendor's own migrations. Flyway itself has no {@code {vendor}} placeholder (that is a
     * Spring Boot feature), so {@link Database} adds this location next to the common one.
     */
    String migrationLocation() {
        return "classpath:db/vendor/" + folder;
    }

    /** Recognises the vendor from a JDBC URL, failing with a message that names the setting. */
    public static DatabaseVendor fromJdbcUrl(String jdbcUrl) {
        String url = jdbcUrl == null ? "" : jdbcUrl.toLowerCase(Locale.ROOT);
        if (url.startsWith("jdbc:h2:")) {
            return H2;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("database URL '" + jdbcUrl
                + "' is neither jdbc:h2:... nor jdbc:postgresql:...; set it to one of those");
    }
}
