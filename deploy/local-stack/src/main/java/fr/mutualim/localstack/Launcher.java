package fr.mutualim.localstack;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./mutualim}: runs the whole suite locally with demo data, and mints tokens for its users.
 */
public final class Launcher {

    private static final String USAGE = """
            Usage: ./mutualim up [--fresh] [--no-demo]   start everything; Ctrl-C stops everything
                   ./mutualim token USER                  print a bearer token (USER: %s)
            Options of up:
                   --fresh      delete the data directory first (start from nothing)
                   --no-demo    do not load the demo data set
                   --home DIR   data directory (default: $MUTUALIM_HOME or ./.mutualim)
                   --ports P,K,C,S,B,L,E  PostgreSQL, Kafka, Kafka controller, supplier, buyer,
                                lot-planner and egalim-tracker ports (default 15432,19092,19093,8081,8082,8083,8084)
            """;

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        List<String> arguments = new ArrayList<>(Arrays.asList(args));
        Path root = Path.of(System.getProperty("mutualim.root", ".")).toAbsolutePath().normalize();
        Path home = option(arguments, "--home").map(Path::of)
                .orElse(System.getenv("MUTUALIM_HOME") != null ? Path.of(System.getenv("MUTUALIM_HOME")) : root.resolve(".mutualim"))
                .toAbsolutePath();
        String command = arguments.isEmpty() ? "" : arguments.remove(0);
        switch (command) {
            case "up" -> up(root, home, arguments);
            case "token" -> token(home, arguments);
            default -> {
                System.err.printf(USAGE, String.join(", ", users(null).keySet()));
                System.exit(command.isEmpty() || command.equals("--help") ? 0 : 2);
            }
        }
    }

    private static void up(Path root, Path home, List<String> arguments) throws Exception {
        Ports ports = option(arguments, "--ports").map(Launcher::ports).orElse(Ports.defaults());
        if (arguments.remove("--fresh")) {
            LocalStack.wipe(home);
        }
        boolean demo = !arguments.remove("--no-demo");
        long started = System.nanoTime();
        LocalStack stack = LocalStack.start(new LocalStack.Options(root, home, ports), Launcher::say);
        CountDownLatch stopping = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping.countDown();
            say("Stopping ...");
            stack.close();
            say("Stopped.");
        }, "mutualim-stop"));
        if (demo && DemoLoader.read(home) == null) {
            new DemoLoader(stack, Launcher::say).load();
        }
        say(banner(stack, home, Duration.ofNanos(System.nanoTime() - started)));
        while (!stopping.await(2, java.util.concurrent.TimeUnit.SECONDS)) {
            List<String> dead = stack.deadServices();
            if (!dead.isEmpty() && stopping.getCount() > 0) {
                say("Stopped unexpectedly: " + String.join(", ", dead));
                System.exit(1);
            }
        }
    }

    private static String banner(LocalStack stack, Path home, Duration took) {
        StringBuilder text = new StringBuilder("\nMutualim is ready (" + took.toSeconds() + " s). Swagger UI:\n");
        for (ServiceKind service : ServiceKind.values()) {
            text.append(String.format("  %-24s %s/q/swagger-ui%n", service.module(), stack.url(service)));
        }
        Ports ports = stack.options().ports();
        text.append(String.format("  PostgreSQL               jdbc:postgresql://localhost:%d/<service> (user postgres)%n", ports.postgres()));
        text.append(String.format("  Kafka                    localhost:%d%n", ports.kafka()));
        text.append("Tokens: ./mutualim token USER  (USER: ").append(String.join(", ", users(null).keySet())).append(")\n");
        text.append("Data and logs in ").append(home).append(" (./mutualim up --fresh starts from nothing).\n");
        text.append("Ctrl-C stops everything.");
        return text.toString();
    }

    private static void token(Path home, List<String> arguments) throws IOException {
        if (arguments.isEmpty()) {
            throw new IllegalArgumentException("Which user? One of " + users(null).keySet());
        }
        DemoLoader.DemoIds ids = DemoLoader.read(home);
        DemoUser user = users(ids).get(arguments.get(0));
        if (user == null) {
            System.err.println("Unknown user " + arguments.get(0) + "; one of " + users(ids).keySet());
            System.exit(2);
        }
        System.out.println(TokenIssuer.in(home.resolve("keys"))
                .mint(user.subject(), user.roles(), user.scope(), Duration.ofHours(12)));
    }

    /** The demo users; their scopes name demo data once it is loaded. */
    private static Map<String, DemoUser> users(DemoLoader.DemoIds ids) {
        List<String> canteens = ids == null ? List.of() : ids.canteenIds().subList(0, Math.min(3, ids.canteenIds().size()));
        String supplier = ids == null ? "" : ids.producerId() != null ? ids.producerId()
                : ids.supplierIds().isEmpty() ? "" : ids.supplierIds().get(0);
        Map<String, DemoUser> users = new LinkedHashMap<>();
        users.put("admin", new DemoUser("admin@mutualim.local", List.of("admin"), Map.of()));
        List<String> groups = ids == null || ids.groupIds() == null ? List.of() : ids.groupIds();
        users.put("operator", new DemoUser("operateur@mutualim.local", List.of("operator"), Map.of("group_ids", groups)));
        users.put("buyer", new DemoUser("acheteur@mutualim.local", List.of("buyer"), Map.of("canteen_ids", canteens)));
        users.put("producer", new DemoUser("producteur@mutualim.local", List.of("producer"), Map.of("supplier_id", supplier)));
        return users;
    }

    private record DemoUser(String subject, List<String> roles, Map<String, Object> scope) {
    }

    private static Ports ports(String list) {
        int[] p = Arrays.stream(list.split(",")).mapToInt(Integer::parseInt).toArray();
        if (p.length != 7) {
            throw new IllegalArgumentException("--ports takes 7 comma-separated ports");
        }
        return new Ports(p[0], p[1], p[2], p[3], p[4], p[5], p[6]);
    }

    private static java.util.Optional<String> option(List<String> arguments, String name) {
        int index = arguments.indexOf(name);
        if (index < 0 || index + 1 >= arguments.size()) {
            return java.util.Optional.empty();
        }
        String value = arguments.remove(index + 1);
        arguments.remove(index);
        return java.util.Optional.of(value);
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
