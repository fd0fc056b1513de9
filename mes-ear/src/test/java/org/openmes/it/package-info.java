/**
 * Integration tests: the real EAR on a real Liberty (Arquillian managed container, server "mesTest<build timestamp>" built
 * from liberty-config) against a real PostgreSQL started for the test run. Liberty starts once per run;
 * each test class deploys the EAR.
 */
package org.openmes.it;
