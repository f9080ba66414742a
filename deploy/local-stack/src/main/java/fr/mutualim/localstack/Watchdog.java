package fr.mutualim.localstack;

import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Entry point of every child JVM the local stack starts: runs the real main class, and halts the
 * child as soon as its parent is gone, so that even a launcher killed with SIGKILL leaves no broker
 * or service behind.
 *
 * <p>Usage: {@code Watchdog <parent-pid> <main-class> [args...]}.
 */
public final class Watchdog {

    private Watchdog() {
    }

    public static void main(String[] args) throws Exception {
        long parent = Long.parseLong(args[0]);
        Thread watcher = new Thread(() -> {
            while (ProcessHandle.of(parent).map(ProcessHandle::isAlive).orElse(false)) {
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
            Runtime.getRuntime().halt(143);
        }, "parent-watchdog");
        watcher.setDaemon(true);
        watcher.start();
        Method main = Class.forName(args[1]).getMethod("main", String[].class);
        main.invoke(null, (Object) Arrays.copyOfRange(args, 2, args.length));
    }
}
