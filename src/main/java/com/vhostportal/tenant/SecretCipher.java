package com.vhostportal.tenant;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Encrypts the client secrets of tenants registered in the UI with AES-GCM, a random
 * 12-byte IV per value, under the key in {@code PORTAL_ENCRYPTION_KEY}. Without that
 * variable (demo mode) a key is generated per start: secrets stored before a restart can
 * then no longer be read.
 */
@Component
public class SecretCipher {

	static final String ENCRYPTION_KEY = "PORTAL_ENCRYPTION_KEY";

	private static final Logger logger = LoggerFactory.getLogger(SecretCipher.class);

	private static final String VERSION = "v1:";

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final int KEY_BYTES = 32;

	private static final String KEY_FIX = "set it to the output of 'openssl rand -base64 32'";

	private static final String GENERATED_KEY_WARNING = """
			{} is not set: tenants registered in the UI are encrypted with a key made \
			for this start and cannot be read after a restart; \
			set it to 'openssl rand -base64 32' to keep them""";

	private final SecureRandom random = new SecureRandom();

	private final SecretKey key;

	@Autowired
	SecretCipher(Environment environment) {
		this(configuredKey(environment.getProperty(ENCRYPTION_KEY)));
	}

	/**
	 * Creates a cipher with the given key.
	 * @param key 32 bytes of AES key
	 */
	public SecretCipher(byte[] key) {
		if (key.length != KEY_BYTES) {
			throw new IllegalStateException(ENCRYPTION_KEY + " is not 32 bytes long: " + KEY_FIX);
		}
		this.key = new SecretKeySpec(key, "AES");
	}

	/**
	 * Encrypts a secret.
	 * @param secret the secret in clear text
	 * @return {@code v1:} and the base64 of IV and ciphertext
	 */
	public String encrypt(String secret) {
		byte[] iv = new byte[IV_BYTES];
		this.random.nextBytes(iv);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, iv));
			byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
			byte[] stored = join(iv, sealed);
			return VERSION + Base64.getEncoder().encodeToString(stored);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is not available", ex);
		}
	}

	/**
	 * Decrypts a secret.
	 * @param stored what {@link #encrypt(String)} returned
	 * @return the secret in clear text
	 * @throws UnreadableSecretException if the key differs or the value was altered
	 */
	public String decrypt(String stored) {
		if (stored == null || !stored.startsWith(VERSION)) {
			throw new UnreadableSecretException();
		}
		try {
			byte[] bytes = Base64.getDecoder().decode(stored.substring(VERSION.length()));
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			GCMParameterSpec iv = new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES);
			cipher.init(Cipher.DECRYPT_MODE, this.key, iv);
			byte[] plain = cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES);
			return new String(plain, StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new UnreadableSecretException();
		}
	}

	private static byte[] join(byte[] iv, byte[] sealed) {
		return ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
	}

	private static byte[] configuredKey(String configured) {
		if (StringUtils.hasText(configured)) {
			try {
				return Base64.getDecoder().decode(configured.trim());
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalStateException(ENCRYPTION_KEY + " is not base64: " + KEY_FIX, ex);
			}
		}
		logger.warn(GENERATED_KEY_WARNING, ENCRYPTION_KEY);
		try {
			KeyGenerator generator = KeyGenerator.getInstance("AES");
			generator.init(KEY_BYTES * 8);
			return generator.generateKey().getEncoded();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES is not available", ex);
		}
	}

	/**
	 * A stored secret that this key cannot decrypt: encrypted under another key, or
	 * altered. Carries no part of the value.
	 */
	public static class UnreadableSecretException extends RuntimeException {

		UnreadableSecretException() {
			super("The stored secret cannot be decrypted with the current " + ENCRYPTION_KEY);
		}

	}

}
