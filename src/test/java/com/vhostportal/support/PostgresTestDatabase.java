package com.vhostportal.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A PostgreSQL database for integration tests: a Testcontainers container where a Docker
 * engine is available, otherwise the server named by {@code PORTAL_TEST_POSTGRES_URL}
 * (with {@code PORTAL_TEST_POSTGRES_USER} and {@code PORTAL_TEST_POSTGRES_PASSWORD}).
 * Each test class gets a schema of its own, dropped afterwards. Without either, the tests
 * are skipped, except under {@code CI=true}, where they fail instead.
 */
public final class PostgresTestDatabase implements AutoCloseable {

	private static PostgreSQLContainer container;

	private final String baseUrl;

	private final String username;

	private final String password;

	private final String schema;

	private PostgresTestDatabase(String baseUrl, String username, String password) {
		this.baseUrl = baseUrl;
		this.username = username;
		this.password = password;
		this.schema = "test_" + UUID.randomUUID().toString().replace("-", "");
	}

	/**
	 * Creates a fresh schema on the available PostgreSQL.
	 * @return the database
	 */
	public static PostgresTestDatabase create() {
		PostgresTestDatabase database = locate();
		database.execute("CREATE SCHEMA " + database.schema);
		return database;
	}

	/**
	 * Returns the JDBC URL of this test's schema.
	 * @return the URL
	 */
	public String url() {
		String separator = this.baseUrl.contains("?") ? "&" : "?";
		return this.baseUrl + separator + "currentSchema=" + this.schema;
	}

	/**
	 * Points the application's data source at this test's schema.
	 * @param registry the registry of a {@code @DynamicPropertySource} method
	 * @param parameters more JDBC URL parameters, such as
	 * {@code "&reWriteBatchedInserts=true"}, or empty
	 */
	public void register(DynamicPropertyRegistry registry, String parameters) {
		registry.add("spring.datasource.url", () -> url() + parameters);
		registry.add("spring.datasource.username", this::username);
		registry.add("spring.datasource.password", this::password);
	}

	public String username() {
		return this.username;
	}

	public String password() {
		return this.password;
	}

	@Override
	public void close() {
		execute("DROP SCHEMA IF EXISTS " + this.schema + " CASCADE");
	}

	private static PostgresTestDatabase locate() {
		String url = System.getenv("PORTAL_TEST_POSTGRES_URL");
		if (url != null && !url.isBlank()) {
			return new PostgresTestDatabase(url, env("PORTAL_TEST_POSTGRES_USER", "postgres"),
					env("PORTAL_TEST_POSTGRES_PASSWORD", ""));
		}
		if (DockerClientFactory.instance().isDockerAvailable()) {
			return fromContainer();
		}
		String reason = "No PostgreSQL: set PORTAL_TEST_POSTGRES_URL or run a Docker engine";
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			throw new IllegalStateException(reason + " (CI=true never skips these tests)");
		}
		Assumptions.abort(reason);
		return null;
	}

	private static synchronized PostgresTestDatabase fromContainer() {
		if (container == null) {
			container = new PostgreSQLContainer("postgres:17-alpine");
			container.start();
		}
		String url = container.getJdbcUrl();
		return new PostgresTestDatabase(url, container.getUsername(), container.getPassword());
	}

	private void execute(String sql) {
		try (Connection db = connect(); Statement statement = db.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			String refusal = "PostgreSQL at " + this.baseUrl + " refused: " + ex.getMessage();
			throw new IllegalStateException(refusal, ex);
		}
	}

	private Connection connect() throws SQLException {
		return DriverManager.getConnection(this.baseUrl, this.username, this.password);
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null) ? value : fallback;
	}

}
