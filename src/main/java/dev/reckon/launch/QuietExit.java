package dev.reckon.launch;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * Sends what the JVM prints after the program is done to /dev/null. The JDK reports the recording
 * of an AOT cache at exit on standard output (and its assembling child on standard error), with no
 * option to silence it; a build's own output is complete by then, and its standard output must stay
 * the summary alone. Whether the cache came about shows in its file, not in that report.
 */
final class QuietExit {
    private static final int O_WRONLY = 1;

    private QuietExit() {
    }

    /** Points file descriptors 1 and 2 at /dev/null; does nothing where that cannot be done (Windows). */
    static void silenceStandardStreams() {
        try (Arena arena = Arena.ofConfined()) {
            Linker linker = Linker.nativeLinker();
            var libc = linker.defaultLookup();
            MethodHandle open = linker.downcallHandle(libc.find("open").orElseThrow(),
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT),
                    Linker.Option.firstVariadicArg(2));
            MethodHandle dup2 = linker.downcallHandle(libc.find("dup2").orElseThrow(),
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
            int devNull = (int) open.invokeExact(arena.allocateFrom("/dev/null"), O_WRONLY, 0);
            if (devNull >= 0) {
                int out = (int) dup2.invokeExact(devNull, 1);
                int err = (int) dup2.invokeExact(devNull, 2);
            }
        } catch (Throwable e) {
            // The JDK's report stays visible: untidy, not wrong.
        }
    }
}
