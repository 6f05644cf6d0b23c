package vn.reform.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** deploy/compose/Dockerfile: one layered-jar image definition for the four services, run as a non-root user. */
class DockerfileTest {

    static final int IMAGE_USER = 10001;
    static final List<String> SERVICES = ServiceModule.NAMES;

    private final String dockerfile = DeployTree.read(DeployTree.compose().resolve("Dockerfile"));

    @Test
    void buildsFromTheJavaSeventeenRuntimeWithSpringBootsLayeredJar() {
        assertThat(dockerfile).contains("ARG JAVA_IMAGE=eclipse-temurin:17-jre", "ARG SERVICE",
                "COPY ${SERVICE}/target/${SERVICE}-${VERSION}.jar application.jar",
                "java -Djarmode=tools -jar application.jar extract --layers --launcher --destination extracted",
                "ENTRYPOINT [\"java\", \"org.springframework.boot.loader.launch.JarLauncher\"]");
        for (String layer : List.of("dependencies", "spring-boot-loader", "snapshot-dependencies", "application")) {
            assertThat(dockerfile).contains("COPY --from=extract /build/extracted/" + layer + "/ ./");
        }
        assertThat(dockerfile.indexOf("extracted/dependencies/")).as("rarely changing layers first")
                .isLessThan(dockerfile.indexOf("extracted/application/"));
    }

    @Test
    void runsAsTheNonRootUserTheKubernetesSecurityContextExpects() {
        Matcher user = Pattern.compile("(?m)^USER (\\d+):(\\d+)$").matcher(dockerfile);
        assertThat(user.find()).as("a numeric USER line").isTrue();
        assertThat(Integer.parseInt(user.group(1))).isEqualTo(IMAGE_USER);
        assertThat(dockerfile.lastIndexOf("USER ")).as("USER after the last RUN")
                .isGreaterThan(dockerfile.lastIndexOf("RUN "));
        assertThat(dockerfile).contains("apt-get install -y --no-install-recommends curl")
                .as("the compose health checks call curl");
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void everyServiceModulePackagesTheJarTheDockerfileCopies(String service) {
        String pom = DeployTree.read(DeployTree.repositoryRoot().resolve(service).resolve("pom.xml"));
        String rootPom = DeployTree.read(DeployTree.repositoryRoot().resolve("pom.xml"));
        assertThat(pom).as(service + " pom").contains("<artifactId>" + service + "</artifactId>")
                .contains("<artifactId>spring-boot-maven-plugin</artifactId>");
        Matcher version = Pattern.compile("ARG VERSION=(\\S+)").matcher(dockerfile);
        assertThat(version.find()).isTrue();
        assertThat(rootPom).as("the project version the jar name carries")
                .contains("<version>" + version.group(1) + "</version>");
        assertThat(pom).doesNotContain("<finalName>");
    }

    @Test
    void theBuildContextSendsOnlyTheServiceJars() {
        Path ignore = DeployTree.compose().resolve("Dockerfile.dockerignore");
        List<String> lines = DeployTree.read(ignore).lines().filter(line -> !line.startsWith("#") && !line.isBlank()).toList();
        assertThat(lines.get(0)).isEqualTo("*");
        for (String service : SERVICES) {
            assertThat(lines).contains("!" + service + "/target/" + service + "-*.jar");
        }
    }
}
