package dev.onboardingbuddy.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** LOG_FORMAT=json makes Main choose logback-json.xml, whose encoder writes one JSON object per line. */
class JsonLogFormatTest {

    @Test
    void theJsonConfigurationWritesOneParsableObjectPerEvent() throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(getClass().getResource("/logback-json.xml"));
        ch.qos.logback.classic.Logger logger = context.getLogger("dev.onboardingbuddy.Example");
        @SuppressWarnings("unchecked")
        Encoder<ILoggingEvent> encoder = ((ConsoleAppender<ILoggingEvent>)
                        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("STDOUT"))
                .getEncoder();

        LoggingEvent event = new LoggingEvent(
                "test", logger, Level.INFO, "enrolled {} on {}", null, new Object[] {"U0HIRE", "backend-engineer"});
        String line = new String(encoder.encode(event), StandardCharsets.UTF_8);

        assertThat(line.strip()).doesNotContain("\n");
        JsonNode json = new ObjectMapper().readTree(line);
        assertThat(json.path("level").asText()).isEqualTo("INFO");
        assertThat(json.path("loggerName").asText()).isEqualTo("dev.onboardingbuddy.Example");
        assertThat(json.path("formattedMessage").asText()).isEqualTo("enrolled U0HIRE on backend-engineer");
        context.stop();
    }
}
