package com.vhostportal.web;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every visible string comes from {@code messages.properties}: templates hold no text of
 * their own, and every message key the templates and the code use exists.
 */
class MessagesTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Path SOURCES = Path.of("src/main/java");

	private static final Path MESSAGES = Path.of("src/main/resources/messages.properties");

	private static final String TAG = "<([a-zA-Z][a-zA-Z0-9]*)([^<>]*)>";

	// Text between tags, outside comments: it must be placeholder text that th:text
	// replaces.
	private static final Pattern TEXT_NODE = Pattern.compile(TAG + "([^<>]*[A-Za-z][^<>]*)<");

	private static final String KEY = "[a-zA-Z][a-zA-Z0-9.]*[a-zA-Z0-9]";

	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{(" + KEY + ")[}(]");

	private static final String KEY_PREFIXES = """
			vhost|picker|proxies|history|result|review|list|form|delete|error\
			|certificate|expiry|store|tenants""";

	// A key in code is a quoted prefix, a dot and more; a quoted prefix ending in a dot
	// starts a key built at run time, which a test of its own checks.
	private static final String QUOTED_KEY = "\"((?:" + KEY_PREFIXES + ")\\.[a-zA-Z.]*[a-zA-Z])\"";

	private static final Pattern CODE_KEY = Pattern.compile(QUOTED_KEY);

	@Test
	void templatesWhenRenderedThenHoldNoHardCodedText() throws IOException {
		List<String> offenders = new ArrayList<>();
		for (Path template : templates()) {
			String html = Files.readString(template).replaceAll("(?s)<!--.*?-->", "");
			Matcher text = TEXT_NODE.matcher(html);
			while (text.find()) {
				String attributes = text.group(2);
				if (!isReplaced(attributes) && !text.group(3).isBlank()) {
					offenders.add(TEMPLATES.relativize(template) + ": " + text.group(3).strip());
				}
			}
		}
		assertThat(offenders).isEmpty();
	}

	@Test
	void messageKeysWhenUsedInTemplatesOrCodeThenDefined() throws IOException {
		Properties messages = messages();
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			collectMissing(TEMPLATE_KEY.matcher(Files.readString(template)), messages, missing);
		}
		try (Stream<Path> sources = Files.walk(SOURCES)) {
			Stream<Path> javaFiles = sources.filter((path) -> path.toString().endsWith(".java"));
			for (Path source : javaFiles.toList()) {
				collectMissing(CODE_KEY.matcher(Files.readString(source)), messages, missing);
			}
		}
		assertThat(missing).isEmpty();
	}

	private static boolean isReplaced(String attributes) {
		List<String> replacing = List.of("th:text", "th:utext", "th:errors", "th:replace");
		return replacing.stream().anyMatch(attributes::contains);
	}

	private static void collectMissing(Matcher keys, Properties messages, List<String> missing) {
		while (keys.find()) {
			if (!messages.containsKey(keys.group(1))) {
				missing.add(keys.group(1));
			}
		}
	}

	private static Properties messages() throws IOException {
		Properties messages = new Properties();
		try (Reader reader = Files.newBufferedReader(MESSAGES, StandardCharsets.UTF_8)) {
			messages.load(reader);
		}
		return messages;
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter((path) -> path.toString().endsWith(".html")).toList();
		}
	}

}
