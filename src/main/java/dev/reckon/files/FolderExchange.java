package dev.reckon.files;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Swaps two folders in one step: Linux's {@code renameat2(…, RENAME_EXCHANGE)}, reached through the
 * foreign-function API because Java has no call for it. At every instant each name holds one whole
 * folder, the old or the new, so a process killed at any moment never leaves the published one
 * missing. Where it cannot be used — not Linux, a C library without {@code renameat2}, a JVM
 * started without {@code --enable-native-access=ALL-UNNAMED} (asking would print a warning), or a
 * file system that refuses it — {@link #exchange} says so and the caller falls back on two renames.
 */
public final class FolderExchange {
    private static final int AT_FDCWD = -100;
    private static final int RENAME_EXCHANGE = 2;
    private static final int EINVAL = 22;
    private static final int ENOSYS = 38;
    private static final int ENOTSUP = 95;
    private static final Native NATIVE = Native.find();

    private FolderExchange() {
    }

    /** Whether this JVM can ask for an exchange at all (a file system may still refuse one). */
    public static boolean available() {
        return NATIVE != null;
    }

    /**
     * Exchanges {@code a} and {@code b}, which must both exist on one file system.
     *
     * @return false when this platform or file system offers no exchange (nothing was changed)
     * @throws IOException when the exchange was possible but failed (permissions, a missing folder)
     */
    public static boolean exchange(Path a, Path b) throws IOException {
        if (NATIVE == null) {
            return false;
        }
        int errno = NATIVE.renameExchange(a.toAbsolutePath().toString(), b.toAbsolutePath().toString());
        if (errno == 0) {
            return true;
        }
        if (errno == EINVAL || errno == ENOSYS || errno == ENOTSUP) {
            return false;
        }
        throw new FileSystemException(a.toString(), b.toString(), NATIVE.describe(errno));
    }

    /** The bound C functions; null where they cannot be bound. */
    private record Native(MethodHandle renameat2, MethodHandle strerror, StructLayout state, VarHandle errno) {

        static Native find() {
            try {
                if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux")
                        || !FolderExchange.class.getModule().isNativeAccessEnabled()) {
                    return null;
                }
                Linker linker = Linker.nativeLinker();
                var lookup = linker.defaultLookup();
                var renameat2 = lookup.find("renameat2");
                var strerror = lookup.find("strerror");
                if (renameat2.isEmpty() || strerror.isEmpty()) {
                    return null;
                }
                StructLayout state = Linker.Option.captureStateLayout();
                return new Native(
                        linker.downcallHandle(renameat2.get(), FunctionDescriptor.of(ValueLayout.JAVA_INT,
                                ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT, ValueLayout.ADDRESS,
                                ValueLayout.JAVA_INT), Linker.Option.captureCallState("errno")),
                        linker.downcallHandle(strerror.get(), FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.JAVA_INT)),
                        state, state.varHandle(MemoryLayout.PathElement.groupElement("errno")));
            } catch (RuntimeException | LinkageError e) {
                return null;
            }
        }

        /** 0 on success, else the C library's errno. */
        int renameExchange(String a, String b) {
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment captured = arena.allocate(state);
                int result = (int) renameat2.invokeExact(captured, AT_FDCWD, arena.allocateFrom(a), AT_FDCWD,
                        arena.allocateFrom(b), RENAME_EXCHANGE);
                return result == 0 ? 0 : (int) errno.get(captured, 0L);
            } catch (Throwable e) {
                throw new IllegalStateException("renameat2 could not be called", e);
            }
        }

        String describe(int code) {
            try {
                MemorySegment text = (MemorySegment) strerror.invokeExact(code);
                return text.reinterpret(256).getString(0);
            } catch (Throwable e) {
                return "error " + code;
            }
        }
    }
}
