package fr.mutualim.e2e;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import fr.mutualim.localstack.LocalStack;
import fr.mutualim.localstack.Ports;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The broker dies between the commit of a supplier and the publication of its event: the event
 * waits in the outbox, leaves when the broker is back, and reaches lot-planner exactly once.
 */
class BrokerOutageIT {

    @Test
    void anEventCommittedWhileTheBrokerIsDownIsDeliveredOnceItIsBack() throws Exception {
        Ports ports = Ports.allFree();
        try (LocalStack stack = LocalStack.start(new LocalStack.Options(Stack.root(),
                Files.createTempDirectory("mutualim-outage-"), ports), line -> { })) {
            String admin = stack.tokens().mint("e2e", List.of("admin"), Map.of(), Duration.ofHours(1));
            String before = register(admin, ports);
            await().atMost(Duration.ofSeconds(60)).until(() -> known(admin, ports, before));

            stack.kafka().kill();
            String during = register(admin, ports);
            stack.kafka().start();

            await().atMost(Duration.ofMinutes(2)).until(() -> known(admin, ports, during));
            Stack.as(admin, ports.lotPlanner()).get("/suppliers/" + during)
                    .then().statusCode(200).body("version", equalTo(1));
            Stack.as(admin, ports.lotPlanner()).get("/suppliers?size=10")
                    .then().statusCode(200).body("totalItems", equalTo(2));
        }
    }

    private static String register(String token, Ports ports) {
        return Stack.as(token, ports.supplier()).body(Stack.supplier(Stack.siret()))
                .post("/suppliers").then().statusCode(201).extract().path("id");
    }

    private static boolean known(String token, Ports ports, String supplier) {
        return Stack.as(token, ports.lotPlanner()).get("/suppliers/" + supplier).statusCode() == 200;
    }
}
