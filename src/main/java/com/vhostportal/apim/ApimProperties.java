package com.vhostportal.apim;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How the portal talks to API Management, under {@code portal.apim}.
 *
 * @param connectTimeout how long to wait for a TCP connection to API Management or a
 * token endpoint
 * @param responseTimeout how long to wait for an answer once a request has been sent
 * @param correlationHeader the header that carries the correlation id of each call, so
 * SAP support can find it in their logs
 * @param tokenRefreshSkew tokens are reused until this long before they expire, then a
 * new one is fetched
 * @param keystoreType the {@code storeType} value of keystores; SAP does not document it,
 * so check what your tenant returns
 * @param truststoreType the {@code storeType} value of truststores
 * @param maxPages the most pages of one list the portal follows through {@code __next}
 * before it gives up
 * @param maxBodySize the largest answer the portal reads; large proxy lists with their
 * expanded end points need several megabytes
 */
@ConfigurationProperties("portal.apim")
// @formatter:off
public record ApimProperties(
		@DefaultValue("5s") Duration connectTimeout,
		@DefaultValue("30s") Duration responseTimeout,
		@DefaultValue("X-Correlation-ID") String correlationHeader,
		@DefaultValue("60s") Duration tokenRefreshSkew,
		@DefaultValue("KEYSTORE") String keystoreType,
		@DefaultValue("TRUSTSTORE") String truststoreType,
		@DefaultValue("100") int maxPages,
		@DefaultValue("16MB") DataSize maxBodySize) {
// @formatter:on

	/**
	 * Returns what a store type value means, comparing without regard to case.
	 * @param storeType the value API Management wrote, possibly {@code null}
	 * @return the kind, {@link StoreKind#UNKNOWN} when it matches neither configured
	 * value
	 */
	public StoreKind storeKind(String storeType) {
		String value = (storeType != null) ? storeType.trim() : "";
		if (value.equalsIgnoreCase(this.keystoreType)) {
			return StoreKind.KEYSTORE;
		}
		if (value.equalsIgnoreCase(this.truststoreType)) {
			return StoreKind.TRUSTSTORE;
		}
		return StoreKind.UNKNOWN;
	}

}
