package com.vhostportal.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The two OAuth2 clients of the sandbox, mirroring the two service keys a real tenant may
 * need: one that writes virtual hosts, one that reads portal entities.
 */
@Component
@ConditionalOnBooleanProperty("portal.sandbox.enabled")
class SandboxClients {

	private final List<Client> clients;

	SandboxClients(SandboxProperties properties) {
		String writeId = required("write-client-id", properties.writeClientId());
		String writeSecret = required("write-client-secret", properties.writeClientSecret());
		String readId = required("read-client-id", properties.readClientId());
		String readSecret = required("read-client-secret", properties.readClientSecret());
		if (writeId.equals(readId)) {
			String message = "portal.sandbox.read-client-id must differ from write-client-id";
			throw new IllegalStateException(message);
		}
		byte[] writeDigest = digest(writeSecret);
		Client write = new Client(writeId, writeDigest, SandboxRole.SELF_SERVICE_ADMINISTRATOR);
		byte[] readDigest = digest(readSecret);
		Client read = new Client(readId, readDigest, SandboxRole.PORTAL_ADMINISTRATOR);
		this.clients = List.of(write, read);
	}

	/**
	 * Returns the role of the client with the given credentials.
	 * @param clientId the client id
	 * @param clientSecret the client secret
	 * @return the role, or empty when the credentials are wrong
	 */
	Optional<SandboxRole> authenticate(String clientId, String clientSecret) {
		if (clientId == null || clientSecret == null) {
			return Optional.empty();
		}
		byte[] given = digest(clientSecret);
		return this.clients.stream()
			.filter((client) -> client.id().equals(clientId))
			.filter((client) -> MessageDigest.isEqual(client.secretDigest(), given))
			.map(Client::role)
			.findFirst();
	}

	private static String required(String property, String value) {
		if (!StringUtils.hasText(value)) {
			String supplier = SandboxSecretsEnvironmentPostProcessor.class.getSimpleName();
			String message = "portal.sandbox." + property + " is empty; " + supplier + " sets it";
			throw new IllegalStateException(message);
		}
		return value;
	}

	// Digests have equal length, so comparing them takes the same time for any secret.
	private static byte[] digest(String secret) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			return sha256.digest(secret.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	private record Client(String id, byte[] secretDigest, SandboxRole role) {

	}

}
