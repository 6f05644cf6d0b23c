package vn.reform.manifests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.reform.manifests.KubernetesManifests.Resource;

/**
 * deploy/k8s/mongo-indexes/indexes.js names databases, collections and fields that the services really use, and
 * both compose and k8s run it against the replica set.
 */
class MongoIndexesTest {

    static final Path SCRIPT = DeployTree.k8s().resolve("mongo-indexes/indexes.js");
    private static final Pattern ENTRY =
            Pattern.compile("\\{ db: \"([^\"]+)\", collection: \"([^\"]+)\", key: \\{([^}]*)}");

    record Index(String database, String collection, List<String> fields) {
    }

    @Test
    void everyIndexIsOnACollectionAndFieldsThatItsServiceUses() {
        List<Index> indexes = indexes();
        assertThat(indexes).hasSizeGreaterThanOrEqualTo(5);
        for (Index index : indexes) {
            ServiceModule owner = ServiceModule.all().stream()
                    .filter(module -> module.placeholderDefault("MONGODB_DATABASE").orElse("").equals(index.database()))
                    .findFirst()
                    .orElseGet(() -> fail("indexes.js: no service uses the database %s by default", index.database()));
            String source = mainSource(owner.name());
            assertThat(source).as("%s uses the collection %s", owner.name(), index.collection())
                    .contains("\"" + index.collection() + "\"");
            for (String field : index.fields()) {
                String lastSegment = field.substring(field.lastIndexOf('.') + 1);
                assertThat(source).as("%s.%s: %s names the field %s", index.database(), index.collection(),
                        owner.name(), field).containsPattern("\\b" + Pattern.quote(lastSegment) + "\\b");
            }
        }
    }

    @Test
    void composeRunsTheScriptOnceTheServicesAreHealthy() {
        ComposeFile compose = ComposeFile.load();
        assertThat(compose.isOneShot("mongo-indexes")).isTrue();
        assertThat(compose.service("mongo-indexes").get("volumes").toString())
                .contains("../k8s/mongo-indexes/indexes.js:/scripts/indexes.js");
        assertThat(compose.service("mongo-indexes").get("command").toString()).contains("replicaSet=rs0", "/scripts/indexes.js");
        for (String backend : ComposeFileTest.BACKENDS) {
            assertThat(compose.dependsOn("mongo-indexes")).containsEntry(backend, "service_healthy");
        }
    }

    @Test
    void kubernetesRunsTheScriptAsAJobWithTheServicesConnectionString() {
        Map<String, Object> generator = YamlTree.requiredList(KubernetesManifests.kustomization(), "configMapGenerator",
                "kustomization.yaml").stream().map(entry -> YamlTree.map(entry, "configMapGenerator"))
                .filter(entry -> "mongo-indexes".equals(entry.get("name"))).findFirst()
                .orElseGet(() -> fail("kustomization.yaml generates no ConfigMap mongo-indexes"));
        assertThat(generator.get("files").toString()).contains("mongo-indexes/indexes.js");
        Resource job = KubernetesManifests.load().get("Job", "mongo-indexes");
        String pod = String.valueOf(YamlTree.at(job.body(), "spec.template.spec"));
        assertThat(pod).contains("name=mongo-indexes", "mountPath=/scripts", "--file /scripts/indexes.js",
                "name=reform-secrets, key=MONGODB_URI", "runAsNonRoot=true");
    }

    private static List<Index> indexes() {
        List<Index> indexes = new ArrayList<>();
        Matcher entry = ENTRY.matcher(DeployTree.read(SCRIPT));
        while (entry.find()) {
            List<String> fields = Stream.of(entry.group(3).split(","))
                    .map(field -> field.split(":")[0].trim().replace("\"", ""))
                    .toList();
            indexes.add(new Index(entry.group(1), entry.group(2), fields));
        }
        return indexes;
    }

    private static String mainSource(String service) {
        Path main = DeployTree.repositoryRoot().resolve(service).resolve("src/main/java");
        try (Stream<Path> files = Files.walk(main)) {
            return files.filter(file -> file.toString().endsWith(".java")).map(DeployTree::read)
                    .collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sources of " + service, e);
        }
    }
}
