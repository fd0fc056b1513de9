package org.openmes.it;

import java.io.File;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the integration tests: deploys the EAR exactly as built by this module (not a hand-assembled
 * archive) and gives the tests the server's base URL.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class MesIntegrationTest {

    @Deployment(testable = false)
    public static EnterpriseArchive application() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("mes.test.ear")));
    }

    /** Base URL of the test server, ending with a slash. */
    protected static String baseUrl() {
        return "http://localhost:" + System.getProperty(TestEnvironment.HTTP_PORT) + "/";
    }

    /** Base URL of the test server's HTTPS port (self-signed certificate), ending with a slash. */
    protected static String httpsBaseUrl() {
        return "https://localhost:" + System.getProperty(TestEnvironment.HTTPS_PORT) + "/";
    }
}
