import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * What an MQTT client library adds to a JVM's resident memory once it is connected and idle:
 * connects to a broker on localhost, subscribes, publishes one message and waits for it, then
 * collects garbage, idles and prints VmRSS. "none" is the same JVM without a client, the baseline.
 * Each library is only reached through reflection-free code in its own method, so "none" loads neither.
 */
public class ClientRss {

    public static void main(String[] args) throws Exception {
        String client = args[0];
        int port = Integer.parseInt(args[1]);
        CountDownLatch received = new CountDownLatch(1);
        Object keep = switch (client) {
            case "none" -> { received.countDown(); yield null; }
            case "paho" -> Paho.connect(port, received);
            case "hivemq" -> Hive.connect(port, received);
            default -> throw new IllegalArgumentException(client);
        };
        if (!received.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("no message came back");
        }
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(1000);
        }
        Thread.sleep(5000);
        long rssKb = Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(l -> l.startsWith("VmRSS:")).map(l -> l.replaceAll("\\D", "")).mapToLong(Long::parseLong)
                .findFirst().orElseThrow();
        System.out.println(client + " rss_kb=" + rssKb + (keep == null ? "" : " connected"));
        System.exit(0); // both clients keep threads that are not daemons
    }

    static final class Paho {
        static Object connect(int port, CountDownLatch received) throws Exception {
            var c = new org.eclipse.paho.client.mqttv3.MqttClient("tcp://127.0.0.1:" + port, "rss-paho",
                    new org.eclipse.paho.client.mqttv3.persist.MemoryPersistence());
            c.connect();
            c.subscribe("rss/test", (topic, message) -> received.countDown());
            c.publish("rss/test", "hello".getBytes(StandardCharsets.UTF_8), 1, false);
            return c;
        }
    }

    static final class Hive {
        static Object connect(int port, CountDownLatch received) {
            var c = com.hivemq.client.mqtt.MqttClient.builder().useMqttVersion3().identifier("rss-hivemq")
                    .serverHost("127.0.0.1").serverPort(port).buildBlocking();
            c.connect();
            c.toAsync().subscribeWith().topicFilter("rss/test").callback(p -> received.countDown()).send().join();
            c.publishWith().topic("rss/test").payload("hello".getBytes(StandardCharsets.UTF_8))
                    .qos(com.hivemq.client.mqtt.datatypes.MqttQos.AT_LEAST_ONCE).send();
            return c;
        }
    }
}
