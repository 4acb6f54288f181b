package org.staffroom.staff;

import java.lang.Character.UnicodeScript;
import java.util.EnumSet;
import java.util.Set;

/**
 * Names that mix letters of Latin with Cyrillic or Greek, such as "Pаtel" with a Cyrillic
 * "а": they look like another person's name, and a search for the real one misses them.
 */
final class LookAlikes {

    private static final Set<UnicodeScript> LOOK_ALIKE_OF_LATIN = EnumSet.of(UnicodeScript.CYRILLIC, UnicodeScript.GREEK);

    private LookAlikes() {
    }

    static boolean mixesScripts(String value) {
        boolean latin = false;
        boolean lookAlike = false;
        for (int i = 0; i < value.length(); ) {
            int codePoint = value.codePointAt(i);
            if (Character.isLetter(codePoint)) {
                UnicodeScript script = UnicodeScript.of(codePoint);
                latin |= script == UnicodeScript.LATIN;
                lookAlike |= LOOK_ALIKE_OF_LATIN.contains(script);
            }
            i += Character.charCount(codePoint);
        }
        return latin && lookAlike;
    }
}
