package dev.onboardingbuddy.notification;

import dev.onboardingbuddy.checklist.ItemKey;
import dev.onboardingbuddy.enrollment.HireId;

/** The chat-neutral names of what buttons do, and the value format they carry back. */
public final class ButtonActions {
  public static final String ITEM_DONE = "item_done";

  private ButtonActions() {}

  public static String itemValue(HireId hire, ItemKey item) {
    return hire.value() + "|" + item.value();
  }

  /** Reads a value made by {@link #itemValue}; the message says what was wrong with it. */
  public static ItemRef parseItemValue(String value) {
    String[] parts = value == null ? new String[0] : value.split("\\|", -1);
    if (parts.length != 2 || parts[0].isBlank() || !ItemKey.isValid(parts[1])) {
      throw new IllegalArgumentException("not an item button value: '" + value + "'");
    }
    return new ItemRef(new HireId(parts[0]), new ItemKey(parts[1]));
  }

  public record ItemRef(HireId hire, ItemKey item) {}
}
