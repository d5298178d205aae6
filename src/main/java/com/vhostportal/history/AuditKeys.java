package com.vhostportal.history;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The keys of the audit chain: the current one, which signs new links, and retired ones,
 * which still verify old links. A key is known by an id derived from it, so rotating a
 * key needs no separate id setting and an id never reveals the key.
 */
@Component
public class AuditKeys {

	private static final Logger logger = LoggerFactory.getLogger(AuditKeys.class);

	private static final String ALGORITHM = "HmacSHA256";

	private static final int MIN_KEY_BYTES = 32;

	private static final String HOSTED_NEEDS_KEY = """
			The hosted profile needs an audit key: set PORTAL_AUDIT_KEY to \
			32 random bytes in base64, e.g. the output of 'openssl rand -base64 32'""";

	private static final String KEY_FOR_THIS_RUN = """
			No audit key set (PORTAL_AUDIT_KEY): using a key generated for this run only; \
			records chained now cannot be verified after a restart""";

	private final String currentId;

	private final Map<String, byte[]> keys = new HashMap<>();

	public AuditKeys(AuditProperties properties, Environment environment) {
		byte[] current;
		if (StringUtils.hasText(properties.key())) {
			current = decode(properties.key());
		}
		else if (environment.acceptsProfiles(Profiles.of("hosted"))) {
			throw new IllegalStateException(HOSTED_NEEDS_KEY);
		}
		else {
			current = new byte[MIN_KEY_BYTES];
			new SecureRandom().nextBytes(current);
			logger.warn(KEY_FOR_THIS_RUN);
		}
		this.currentId = idOf(current);
		this.keys.put(this.currentId, current);
		for (String retired : properties.retiredKeys()) {
			byte[] key = decode(retired);
			this.keys.put(idOf(key), key);
		}
	}

	/**
	 * Returns the id of the key that signs new links.
	 * @return the key id
	 */
	public String currentId() {
		return this.currentId;
	}

	/**
	 * Computes the MAC of a canonical form with the current key.
	 * @param canonical the canonical form
	 * @return the MAC in lowercase hex
	 */
	public String sign(String canonical) {
		return mac(this.keys.get(this.currentId), canonical);
	}

	/**
	 * Computes the MAC of a canonical form with a given key.
	 * @param keyId the key id
	 * @param canonical the canonical form
	 * @return the MAC in lowercase hex, or empty if the key is not known
	 */
	public Optional<String> sign(String keyId, String canonical) {
		return Optional.ofNullable(this.keys.get(keyId)).map((key) -> mac(key, canonical));
	}

	private static String mac(byte[] key, String canonical) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(new SecretKeySpec(key, ALGORITHM));
			byte[] digest = mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

	private static String idOf(byte[] key) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update("vhost-portal audit key id\n".getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest.digest(key), 0, 8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	private static byte[] decode(String key) {
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(key.trim());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("The audit key (PORTAL_AUDIT_KEY) is not base64", ex);
		}
		if (bytes.length < MIN_KEY_BYTES) {
			String message = "The audit key (PORTAL_AUDIT_KEY) is shorter than 32 bytes";
			throw new IllegalStateException(message);
		}
		return bytes;
	}

}
