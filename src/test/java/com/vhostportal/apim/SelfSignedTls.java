package com.vhostportal.apim;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A TLS server identity that no client trusts: a self-signed certificate for
 * {@code localhost}, so that the TLS handshake of the portal fails.
 */
final class SelfSignedTls {

	private SelfSignedTls() {
	}

	static SSLSocketFactory socketFactory() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			KeyPair keys = generator.generateKeyPair();

			X500Name name = new X500Name("CN=localhost");
			Instant now = Instant.now();
			var builder = new JcaX509v3CertificateBuilder(name, BigInteger.ONE, Date.from(now),
					Date.from(now.plus(Duration.ofDays(1))), name, keys.getPublic());
			var signer = new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate());
			var holder = builder.build(signer);
			X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(holder);

			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(null, null);
			X509Certificate[] chain = { certificate };
			store.setKeyEntry("server", keys.getPrivate(), new char[0], chain);

			String algorithm = KeyManagerFactory.getDefaultAlgorithm();
			KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(algorithm);
			keyManagers.init(store, new char[0]);
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(keyManagers.getKeyManagers(), null, null);
			return context.getSocketFactory();
		}
		catch (GeneralSecurityException | IOException | OperatorCreationException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
