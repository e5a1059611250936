package dev.onboardingbuddy.notification;

import java.util.List;
import java.util.Objects;

/** A piece of a chat-neutral message; Slack renders these as Block Kit, Teams as an Adaptive Card. */
public sealed interface MessageBlock {

    record Header(String text) implements MessageBlock {
        public Header {
            Objects.requireNonNull(text, "text");
        }
    }

    record Paragraph(Text text) implements MessageBlock {
        public Paragraph {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Small print, such as progress. */
    record Context(Text text) implements MessageBlock {
        public Context {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A numbered checklist item, with a button beside it while it is open. */
    record ChecklistLine(int number, String title, String detail, boolean done, Button button) implements MessageBlock {
        public ChecklistLine {
            Objects.requireNonNull(title, "title");
            detail = detail == null ? "" : detail;
        }
    }

    record Buttons(List<Button> buttons) implements MessageBlock {
        public Buttons {
            buttons = List.copyOf(buttons);
        }
    }

    /**
     * A button.
     *
     * @param action what pressing it does, such as {@code item_done}; the adapter maps it to its own action ids
     * @param value the data the action needs back, such as {@code hireId|itemKey}
     */
    record Button(String action, String label, String value, boolean primary) {
        public Button {
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }
    }
}
