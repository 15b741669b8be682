package uk.bcf.ledger.acceptance;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.Source;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The string literals of a compiled class, as its constant pool holds them (JVMS 4.4): every {@code CONSTANT_String}
 * entry, which includes constant expressions folded by the compiler and the recipes of string concatenation. ArchUnit
 * sees a class's dependencies but not its strings.
 */
final class ClassFileStrings {

    private static final int MAGIC = 0xCAFEBABE;

    private ClassFileStrings() {}

    /** The string literals of an imported class, read from the class file it was imported from. */
    static List<String> of(JavaClass type) {
        Source source =
                type.getSource().orElseThrow(() -> new IllegalStateException("no class file for " + type.getName()));
        try (InputStream classFile = source.getUri().toURL().openStream()) {
            return read(classFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source.getUri(), e);
        }
    }

    static List<String> read(InputStream classFile) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(classFile));
        if (in.readInt() != MAGIC) {
            throw new IOException("not a class file");
        }
        in.skipNBytes(4); // minor and major version
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        List<Integer> strings = new ArrayList<>();
        for (int index = 1; index < count; index++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[index] = in.readUTF(); // Utf8: u2 length and modified UTF-8, as DataInput reads it
                case 8 -> strings.add(in.readUnsignedShort()); // String: the index of its Utf8
                case 7, 16, 19, 20 -> in.skipNBytes(2); // Class, MethodType, Module, Package
                case 15 -> in.skipNBytes(3); // MethodHandle
                case 3, 4, 9, 10, 11, 12, 17, 18 ->
                    in.skipNBytes(4); // Integer, Float, refs, NameAndType, (Invoke)Dynamic
                case 5, 6 -> {
                    in.skipNBytes(8); // Long and Double take two entries
                    index++;
                }
                default -> throw new IOException("unknown constant pool tag " + tag + " at entry " + index);
            }
        }
        return strings.stream().map(index -> utf8[index]).toList();
    }
}
