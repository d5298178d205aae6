package com.vhostportal.tenant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tenants registered in the UI, in table {@code stored_tenant}, with their client
 * secrets encrypted by {@link SecretCipher}.
 */
@Repository
public class StoredTenants {

	private static final Logger logger = LoggerFactory.getLogger(StoredTenants.class);

	private static final String INSERT = """
			INSERT INTO stored_tenant (id, name, account_id, field_layout, team,
			  write_url, write_token_url, write_client_id, write_secret,
			  read_url, read_token_url, read_client_id, read_secret,
			  registered_by, registered_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private static final String REPLACE_KEYS = """
			UPDATE stored_tenant SET write_url = ?, write_token_url = ?, write_client_id = ?,
			  write_secret = ?, read_url = ?, read_token_url = ?, read_client_id = ?,
			  read_secret = ?, registered_by = ?, registered_at = ?
			WHERE id = ?""";

	private static final String FIND = "SELECT * FROM stored_tenant WHERE id = ?";

	private static final String UNREADABLE = """
			Stored tenant '{}' is unusable: its secrets cannot be decrypted with the current {}; \
			replace its keys or restore the key it was stored with""";

	private final JdbcClient jdbc;

	private final SecretCipher cipher;

	StoredTenants(JdbcClient jdbc, SecretCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	/**
	 * Returns every stored tenant, by id.
	 * @return the tenants, unusable ones included
	 */
	public List<StoredTenant> all() {
		return this.jdbc.sql("SELECT * FROM stored_tenant ORDER BY id").query(this::row).list();
	}

	/**
	 * Stores a new tenant.
	 * @param tenant the tenant with its keys
	 * @param registeredBy who registers it
	 * @param at when
	 */
	void insert(Tenant tenant, String registeredBy, Instant at) {
		String layout = tenant.fieldLayout().name();
		this.jdbc.sql(INSERT)
			.params(tenant.id(), tenant.name(), tenant.accountId(), layout, tenant.team())
			.params(columns(tenant.writeKey(), tenant.readKey()))
			.params(registeredBy, Timestamp.from(at))
			.update();
	}

	/**
	 * Replaces the keys of a stored tenant.
	 * @param id the tenant id
	 * @param write the new write key
	 * @param read the new read key, or {@code null} to keep none
	 * @param by who replaces them
	 * @param at when
	 * @return whether the tenant existed
	 */
	boolean replaceKeys(String id, ServiceKey write, ServiceKey read, String by, Instant at) {
		int updated = this.jdbc.sql(REPLACE_KEYS)
			.params(columns(write, read))
			.params(by, Timestamp.from(at), id)
			.update();
		return updated == 1;
	}

	/**
	 * Removes a stored tenant; its history stays.
	 * @param id the tenant id
	 * @return whether it existed
	 */
	boolean delete(String id) {
		return this.jdbc.sql("DELETE FROM stored_tenant WHERE id = ?").param(id).update() == 1;
	}

	/**
	 * Finds one stored tenant.
	 * @param id the tenant id
	 * @return the tenant, if stored
	 */
	Optional<StoredTenant> find(String id) {
		return this.jdbc.sql(FIND).param(id).query(this::row).optional();
	}

	// The eight key columns, write key then read key, secrets encrypted.
	private List<Object> columns(ServiceKey write, ServiceKey read) {
		List<Object> columns = new ArrayList<>(8);
		for (ServiceKey key : new ServiceKey[] { write, read }) {
			columns.add((key != null) ? key.url() : null);
			columns.add((key != null) ? key.tokenUrl() : null);
			columns.add((key != null) ? key.clientId() : null);
			columns.add((key != null) ? this.cipher.encrypt(key.clientSecret()) : null);
		}
		return columns;
	}

	private StoredTenant row(ResultSet rs, int rowNum) throws SQLException {
		String id = rs.getString("id");
		String name = rs.getString("name");
		String team = rs.getString("team");
		FieldLayout layout = FieldLayout.valueOf(rs.getString("field_layout"));
		boolean hasReadKey = rs.getString("read_secret") != null;
		Tenant tenant = null;
		try {
			ServiceKey write = key(rs, "write");
			ServiceKey read = hasReadKey ? key(rs, "read") : null;
			tenant = new Tenant(id, name, rs.getString("account_id"), layout, write, read, team);
		}
		catch (SecretCipher.UnreadableSecretException ex) {
			logger.warn(UNREADABLE, id, SecretCipher.ENCRYPTION_KEY);
		}
		String by = rs.getString("registered_by");
		Instant at = rs.getTimestamp("registered_at").toInstant();
		return new StoredTenant(id, name, team, layout, hasReadKey, by, at, tenant);
	}

	// One key's four columns, prefixed "write" or "read", its secret decrypted.
	private ServiceKey key(ResultSet rs, String prefix) throws SQLException {
		String url = rs.getString(prefix + "_url");
		String tokenUrl = rs.getString(prefix + "_token_url");
		String clientId = rs.getString(prefix + "_client_id");
		String secret = this.cipher.decrypt(rs.getString(prefix + "_secret"));
		return new ServiceKey(url, tokenUrl, clientId, secret);
	}

}
