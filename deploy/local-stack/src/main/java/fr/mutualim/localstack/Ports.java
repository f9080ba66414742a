package fr.mutualim.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** The ports of a local stack. */
public record Ports(int postgres, int kafka, int kafkaController, int supplier, int buyer, int lotPlanner,
                    int egalimTracker) {

    /** The documented ports of {@code ./mutualim up}. */
    public static Ports defaults() {
        return new Ports(15432, 19092, 19093, 8081, 8082, 8083, 8084);
    }

    /** Free ports, for tests that must not collide with a running stack. */
    public static Ports allFree() {
        return new Ports(free(), free(), free(), free(), free(), free(), free());
    }

    public int of(ServiceKind service) {
        return switch (service) {
            case SUPPLIER -> supplier;
            case BUYER -> buyer;
            case LOT_PLANNER -> lotPlanner;
            case EGALIM_TRACKER -> egalimTracker;
        };
    }

    static int free() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
