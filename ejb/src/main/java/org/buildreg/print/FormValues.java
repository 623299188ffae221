package org.buildreg.print;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one declaration puts into its application form: the text of each field, the ticked options of each
 * choice, the photo. Immutable: {@link #with}, {@link #tick} and {@link #photo} return a copy. A field without a
 * value prints blank; a text value for a name the layout lacks is ignored (a business type may hand over its
 * whole form), but a tick or a photo for an unknown name, or an option the choice lacks, is a mistake in the
 * caller and makes the print fail.
 */
public final class FormValues {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年MM月dd日");
    private static final FormValues EMPTY = new FormValues(Map.of(), Map.of(), Map.of());

    private final Map<String, String> texts;
    private final Map<String, Set<String>> ticks;
    private final Map<String, byte[]> photos;

    private FormValues(Map<String, String> texts, Map<String, Set<String>> ticks, Map<String, byte[]> photos) {
        this.texts = texts;
        this.ticks = ticks;
        this.photos = photos;
    }

    public static FormValues empty() {
        return EMPTY;
    }

    /** Field values by name; {@code String.valueOf} for non-strings, null for blank. */
    public static FormValues of(Map<String, ?> values) {
        Map<String, String> texts = new HashMap<>();
        values.forEach((name, value) -> {
            if (value != null) {
                texts.put(name, value.toString());
            }
        });
        return new FormValues(Map.copyOf(texts), Map.of(), Map.of());
    }

    public FormValues with(String name, Object value) {
        Map<String, String> copy = new HashMap<>(texts);
        if (value == null) {
            copy.remove(name);
        } else {
            copy.put(name, value.toString());
        }
        return new FormValues(Map.copyOf(copy), ticks, photos);
    }

    /** Ticks {@code options} of choice {@code name} (several for a multiple choice such as 专业). */
    public FormValues tick(String name, String... options) {
        Map<String, Set<String>> copy = new HashMap<>(ticks);
        Set<String> ticked = new LinkedHashSet<>(copy.getOrDefault(name, Set.of()));
        ticked.addAll(List.of(options));
        copy.put(name, Set.copyOf(ticked));
        return new FormValues(texts, Map.copyOf(copy), photos);
    }

    /**
     * Ticks {@code option} of choice {@code name} when it is one of {@code options}: a stored form may hold a value
     * the choice no longer offers, which then prints unticked rather than failing the print.
     */
    public FormValues tickIfAmong(String name, String option, List<String> options) {
        return option != null && options.contains(option) ? tick(name, option) : this;
    }

    /** A date as the paper forms write it: 2026年11月24日; blank for none. */
    public static String day(LocalDate date) {
        return date == null ? "" : date.format(DAY);
    }

    /** The photo for photo cell {@code name}: JPEG or PNG bytes; null leaves the empty 照片 box. */
    public FormValues photo(String name, byte[] image) {
        Map<String, byte[]> copy = new HashMap<>(photos);
        if (image == null) {
            copy.remove(name);
        } else {
            copy.put(name, image.clone());
        }
        return new FormValues(texts, ticks, Map.copyOf(copy));
    }

    String text(String name) {
        return texts.getOrDefault(name, "");
    }

    Set<String> ticked(String name) {
        return ticks.getOrDefault(name, Set.of());
    }

    byte[] photo(String name) {
        return photos.get(name);
    }

    Set<String> tickedNames() {
        return ticks.keySet();
    }

    Set<String> photoNames() {
        return photos.keySet();
    }
}
