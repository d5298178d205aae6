package com.vhostportal.history;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Indents the JSON a record keeps, for reading. The record itself keeps the exact bytes;
 * an answer that is not JSON (an HTML error page, say) is shown as it came.
 */
final class PrettyJson {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private PrettyJson() {
	}

	static String of(String text) {
		if (text == null || text.isBlank()) {
			return text;
		}
		try {
			JsonNode tree = JSON.readTree(text);
			return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
		}
		catch (JacksonException ex) {
			return text;
		}
	}

}
