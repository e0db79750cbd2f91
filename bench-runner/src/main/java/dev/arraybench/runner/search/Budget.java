package dev.arraybench.runner.search;

import dev.arraybench.runner.UserError;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How long a search may measure: a positive duration with a unit, such as {@code 3m}, {@code 90s} or {@code 1h}. */
public final class Budget {

    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)?", Pattern.CASE_INSENSITIVE);

    private Budget() {
    }

    /**
     * Parses {@code text}.
     *
     * @throws UserError for a missing unit, a zero duration or anything else
     */
    public static Duration parse(String text) {
        Matcher matcher = DURATION.matcher(text == null ? "" : text.trim());
        if (!matcher.matches()) {
            throw new UserError("budget: '" + text + "' (expected a duration such as 3m, 90s or 1h)");
        }
        if (matcher.group(2) == null) {
            throw new UserError("budget: '" + text + "' (expected a unit: ms, s, m or h, such as 3m)");
        }
        long amount;
        try {
            amount = Long.parseLong(matcher.group(1));
        } catch (NumberFormatException e) {
            throw new UserError("budget: '" + text + "' (expected a duration such as 3m, 90s or 1h)");
        }
        Duration duration = switch (matcher.group(2).toLowerCase(Locale.ROOT)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofHours(amount);
        };
        if (duration.isZero()) {
            throw new UserError("budget: '" + text + "' (expected a positive duration such as 3m)");
        }
        return duration;
    }
}
