package com.vhostportal.vhost;

import java.util.List;

/**
 * What the certificate pickers of a form offer. A picker with a notice is shown as a text
 * field, with the notice saying why.
 *
 * @param keyStores keystores and keystore references
 * @param trustStores truststores and truststore references
 * @param storesNotice why the store pickers could not be filled, or {@code null}
 * @param keyAliases the key aliases inside the chosen keystore
 * @param aliasNotice why the alias picker could not be filled, or {@code null}
 */
// @formatter:off
public record PickerChoices(
		List<StoreOption> keyStores,
		List<StoreOption> trustStores,
		PickerNotice storesNotice,
		List<StoreOption> keyAliases,
		PickerNotice aliasNotice) {
// @formatter:on

}
