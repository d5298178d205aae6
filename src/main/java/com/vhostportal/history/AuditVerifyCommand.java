package com.vhostportal.history;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Arrays;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * {@code java -jar vhost-portal.jar verify-audit}: verifies the audit chain against the
 * configured database and key, prints the result and exits with 0 when intact, 1 when
 * not. Starts only the database, not the web server or the rest of the portal.
 */
public final class AuditVerifyCommand {

	/** The first argument that asks for this command. */
	public static final String NAME = "verify-audit";

	private static final String NO_LINK = """
			finished records carry no link (completed before the chain existed, \
			or changed outside the portal).""";

	private static final String BROKEN = """
			Audit chain BROKEN after %s verified records, at record %s (chain position %s): %s.""";

	private AuditVerifyCommand() {
	}

	/**
	 * Returns whether the arguments ask for this command.
	 * @param args the command line
	 * @return {@code true} if the first argument is {@value #NAME}
	 */
	public static boolean requested(String[] args) {
		return args.length > 0 && NAME.equals(args[0]);
	}

	/**
	 * Runs the verification.
	 * @param args the command line; further arguments are passed to Spring Boot (e.g.
	 * {@code --spring.datasource.url=...})
	 * @param out where the result is printed
	 * @return the exit code: 0 when intact, 1 when not
	 */
	public static int run(String[] args, PrintStream out) {
		String[] rest = Arrays.copyOfRange(args, 1, args.length);
		SpringApplicationBuilder application = new SpringApplicationBuilder(Verification.class);
		application.web(WebApplicationType.NONE);
		try (ConfigurableApplicationContext context = application.run(rest)) {
			AuditVerification result = context.getBean(AuditVerifier.class).verify();
			out.println(describe(result));
			return result.intact() ? 0 : 1;
		}
	}

	static String describe(AuditVerification result) {
		long count = result.unchained();
		String unchained = (count > 0) ? " " + count + " " + NO_LINK : "";
		long checked = result.checked();
		if (result.intact()) {
			return "Audit chain intact: " + checked + " records verified." + unchained;
		}
		Long id = result.brokenRecordId();
		String broken = BROKEN.formatted(checked, id, result.brokenSeq(), result.reason());
		return broken + unchained;
	}

	// Not a @Configuration: the portal's component scan and the tests' search for a
	// @SpringBootConfiguration must not find it.
	@EnableAutoConfiguration
	@EnableConfigurationProperties(AuditProperties.class)
	@Import({ AuditKeys.class, AuditVerifier.class, AuditRetention.class, Clocks.class })
	static class Verification {

	}

	static class Clocks {

		@Bean
		Clock clock() {
			return Clock.systemUTC();
		}

	}

}
