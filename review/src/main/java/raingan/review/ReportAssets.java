package raingan.review;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/**
 * The files every report carries in {@code assets/}: its style sheet and scripts, the Laksaman font
 * and ECharts, so that the report opens offline and can be handed on as a folder.
 */
final class ReportAssets {

    static final String DIR = "assets";

    /** ECharts' bundle inside its WebJar; the version is the one the build pins (echarts.version). */
    private static final String ECHARTS = "META-INF/resources/webjars/echarts/%s/dist/echarts.min.js";
    private static final String ECHARTS_LICENSE = "META-INF/resources/webjars/echarts/%s/LICENSE";
    private static final String OWN = "raingan/review/assets/";
    private static final String[] OWN_FILES = {"report.css", "index.js", "document.js",
        "fonts/Laksaman.ttf", "fonts/Laksaman-Bold.ttf", "fonts/LICENSE"};

    private ReportAssets() {
    }

    static void copy(Path reportDir) throws IOException {
        Path assets = reportDir.resolve(DIR);
        Files.createDirectories(assets.resolve("fonts"));
        for (String file : OWN_FILES) {
            copy(OWN + file, assets.resolve(file));
        }
        String version = echartsVersion();
        copy(String.format(ECHARTS, version), assets.resolve("echarts.min.js"));
        copy(String.format(ECHARTS_LICENSE, version), assets.resolve("echarts-LICENSE"));
    }

    private static String echartsVersion() throws IOException {
        String properties = "META-INF/maven/org.webjars.npm/echarts/pom.properties";
        try (InputStream in = resource(properties)) {
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        }
    }

    private static void copy(String resource, Path to) throws IOException {
        try (InputStream in = resource(resource)) {
            Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = ReportAssets.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("raingan is missing its resource " + name + ": rebuild it");
        }
        return in;
    }
}
