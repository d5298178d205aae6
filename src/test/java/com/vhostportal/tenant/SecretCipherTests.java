package com.vhostportal.tenant;

import java.util.Base64;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class SecretCipherTests {

	private final SecretCipher cipher = new SecretCipher(key(1));

	@Test
	void decryptWhenEncryptedWithSameKeyThenSecretBack() {
		assertThat(this.cipher.decrypt(this.cipher.encrypt("s3cr3t!|x"))).isEqualTo("s3cr3t!|x");
	}

	@Test
	void encryptWhenSameSecretTwiceThenDifferentCiphertextsWithoutTheSecret() {
		String first = this.cipher.encrypt("same-secret");
		String second = this.cipher.encrypt("same-secret");

		assertThat(first).isNotEqualTo(second).startsWith("v1:").doesNotContain("same-secret");
		byte[] stored = Base64.getDecoder().decode(first.substring(3));
		assertThat(stored).hasSize(12 + "same-secret".length() + 16);
	}

	@Test
	void decryptWhenOtherKeyThenUnreadableWithoutTheValue() {
		String stored = new SecretCipher(key(2)).encrypt("other-secret");

		assertThatExceptionOfType(SecretCipher.UnreadableSecretException.class)
			.isThrownBy(() -> this.cipher.decrypt(stored))
			.withMessageNotContaining("other-secret")
			.withMessageContaining("PORTAL_ENCRYPTION_KEY");
	}

	@Test
	void decryptWhenCiphertextAlteredThenUnreadable() {
		byte[] bytes = Base64.getDecoder().decode(this.cipher.encrypt("secret").substring(3));
		bytes[bytes.length - 1] ^= 1;
		String altered = "v1:" + Base64.getEncoder().encodeToString(bytes);

		assertThatExceptionOfType(SecretCipher.UnreadableSecretException.class)
			.isThrownBy(() -> this.cipher.decrypt(altered));
	}

	@Test
	void createWhenEnvironmentKeyIsNotBase64ThenRefusedWithHint() {
		MockEnvironment environment = new MockEnvironment();
		environment.setProperty("PORTAL_ENCRYPTION_KEY", "not base64!");

		assertThatIllegalStateException().isThrownBy(() -> new SecretCipher(environment))
			.withMessageContaining("openssl rand -base64 32");
	}

	@Test
	void createWhenNoEnvironmentKeyThenKeyMadeForThisStart() {
		SecretCipher first = new SecretCipher(new MockEnvironment());
		SecretCipher second = new SecretCipher(new MockEnvironment());

		String stored = first.encrypt("secret");
		assertThat(first.decrypt(stored)).isEqualTo("secret");
		assertThatExceptionOfType(SecretCipher.UnreadableSecretException.class)
			.isThrownBy(() -> second.decrypt(stored));
	}

	private static byte[] key(int fill) {
		byte[] key = new byte[32];
		java.util.Arrays.fill(key, (byte) fill);
		return key;
	}

}
