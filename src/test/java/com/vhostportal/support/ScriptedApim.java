package com.vhostportal.support;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * API Management on a real HTTP server, with state: it issues tokens, lists its virtual
 * hosts, carries out virtual host requests as SAP does, and fails writes on demand. It
 * counts every write it receives, so that a test can tell a request sent twice.
 */
public final class ScriptedApim implements AutoCloseable {

	private static final String OPERATIONS_PATH = "/apiportal/operations/1.0/Configuration.svc/";

	private static final String WRITE_PATH = OPERATIONS_PATH + "VirtualHostRequests";

	private static final String LIST_PATH = "/apiportal/api/1.0/Management.svc/";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String ODATA_ERROR = """
			{"error":{"code":"INTERNAL","message":{"value":"boom"}}}""";

	/**
	 * What the next write runs into.
	 */
	public enum Fault {

		/** Carried out and answered 201. */
		NONE,

		/** Not carried out; answered 500 with an OData error. */
		SERVER_ERROR,

		/** Not carried out; answered 429 with {@code Retry-After: 30}. */
		RATE_LIMITED,

		/** Not carried out; answered 403. */
		FORBIDDEN,

		/** Not carried out; answered 400 with an HTML page. */
		HTML,

		/** Not carried out; answered 400 with an empty body. */
		EMPTY,

		/** Carried out, and answered after 300 ms. */
		SLOW,

		/** Carried out, but answered only after the lost-answer delay. */
		LOST_ANSWER,

		/** Carried out, then the connection is dropped without an answer. */
		RESET

	}

	private final MockWebServer server = new MockWebServer();

	private final Map<String, Map<String, Object>> hosts = new LinkedHashMap<>();

	private final Map<String, Integer> writesPerChange = new LinkedHashMap<>();

	private final Queue<Fault> faults = new ConcurrentLinkedQueue<>();

	private final AtomicInteger writes = new AtomicInteger();

	private final AtomicInteger ids = new AtomicInteger();

	private final Duration lostAnswerDelay;

	private volatile Supplier<Fault> faultPolicy = () -> Fault.NONE;

	private volatile boolean tokenEndpointFails;

	/**
	 * Starts the server.
	 * @param lostAnswerDelay how late a {@link Fault#LOST_ANSWER} is answered
	 * @throws IOException if it cannot start
	 */
	public ScriptedApim(Duration lostAnswerDelay) throws IOException {
		this.lostAnswerDelay = lostAnswerDelay;
		this.server.setDispatcher(new Dispatcher() {

			@Override
			public MockResponse dispatch(RecordedRequest request) {
				return answer(request);
			}

		});
		this.server.start();
	}

	/**
	 * Starts a server, for a static field of a test.
	 * @param lostAnswerDelay how late a {@link Fault#LOST_ANSWER} is answered
	 * @return the running server
	 */
	public static ScriptedApim start(Duration lostAnswerDelay) {
		try {
			return new ScriptedApim(lostAnswerDelay);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Registers a tenant that points both keys at this server.
	 * @param registry the registry of a Spring test
	 * @param index the tenant's index under {@code portal.tenants}
	 * @param id the tenant id
	 */
	public void registerTenant(DynamicPropertyRegistry registry, int index, String id) {
		String prefix = "portal.tenants[" + index + "].";
		registry.add(prefix + "id", () -> id);
		registry.add(prefix + "name", () -> "Scripted " + id);
		registry.add(prefix + "account-id", () -> id);
		registry.add(prefix + "team", () -> "platform");
		for (String key : List.of("write-key.", "read-key.")) {
			registry.add(prefix + key + "url", this::url);
			registry.add(prefix + key + "token-url", () -> url() + "/oauth/token");
			registry.add(prefix + key + "client-id", () -> "client-" + id);
			registry.add(prefix + key + "client-secret", () -> "secret-" + id);
		}
	}

	public String url() {
		return "http://" + this.server.getHostName() + ":" + this.server.getPort();
	}

	/** Makes the next write run into a fault; later writes follow the policy. */
	public void failNextWrite(Fault fault) {
		this.faults.add(fault);
	}

	/** Decides the fault of every write not scripted by {@link #failNextWrite}. */
	public void faultPolicy(Supplier<Fault> policy) {
		this.faultPolicy = policy;
	}

	/** Makes the token endpoint answer 500 from now on, or work again. */
	public void tokenEndpointFails(boolean fails) {
		this.tokenEndpointFails = fails;
	}

	/** Adds a host as if it had been created earlier, and returns its id. */
	public synchronized String addHost(String alias) {
		return create(alias, false);
	}

	public synchronized List<Map<String, Object>> hosts() {
		return new ArrayList<>(this.hosts.values());
	}

	/** Returns how many writes were received. */
	public int writes() {
		return this.writes.get();
	}

	/** Returns the changes (operation and host) that were received more than once. */
	public synchronized List<String> duplicates() {
		Stream<Map.Entry<String, Integer>> changes = this.writesPerChange.entrySet().stream();
		return changes.filter((e) -> e.getValue() > 1).map(Map.Entry::getKey).toList();
	}

	private MockResponse answer(RecordedRequest request) {
		String path = request.getUrl().encodedPath();
		if (path.endsWith("/oauth/token")) {
			return this.tokenEndpointFails ? json(500, "{\"error\":\"server_error\"}") : token();
		}
		if (path.equals(WRITE_PATH)) {
			return write(request.getBody().utf8());
		}
		if (path.startsWith(LIST_PATH + "VirtualHosts")) {
			return list();
		}
		return json(200, "{\"d\":{\"results\":[]}}");
	}

	private static MockResponse token() {
		String body = "{\"access_token\":\"t\",\"token_type\":\"bearer\",\"expires_in\":43199}";
		return json(200, body);
	}

	private synchronized MockResponse list() {
		List<Map<String, Object>> results = new ArrayList<>(this.hosts.values());
		return json(200, JSON.writeValueAsString(Map.of("d", Map.of("results", results))));
	}

	private MockResponse write(String body) {
		this.writes.incrementAndGet();
		JsonNode request = JSON.readTree(body);
		count(request);
		Fault queued = this.faults.poll();
		Fault fault = (queued != null) ? queued : this.faultPolicy.get();
		MockResponse refusal = refusal(fault);
		if (refusal != null) {
			return refusal;
		}
		String id = apply(request);
		MockResponse.Builder answer = new MockResponse.Builder().code(201)
			.addHeader("Content-Type", "application/json")
			.body(answerBody(request, id));
		if (fault == Fault.LOST_ANSWER) {
			answer.headersDelay(this.lostAnswerDelay.toMillis(), TimeUnit.MILLISECONDS);
		}
		if (fault == Fault.SLOW) {
			answer.headersDelay(300, TimeUnit.MILLISECONDS);
		}
		if (fault == Fault.RESET) {
			answer.onResponseStart(SocketEffect.ShutdownConnection.INSTANCE);
		}
		return answer.build();
	}

	private static MockResponse refusal(Fault fault) {
		return switch (fault) {
			case SERVER_ERROR -> json(500, ODATA_ERROR);
			case RATE_LIMITED -> rateLimited();
			case FORBIDDEN -> json(403, "{}");
			case HTML -> new MockResponse.Builder().code(400)
				.addHeader("Content-Type", "text/html")
				.body("<!DOCTYPE html><html><body>Bad gateway page</body></html>")
				.build();
			case EMPTY -> new MockResponse.Builder().code(400).build();
			default -> null;
		};
	}

	private static MockResponse rateLimited() {
		return new MockResponse.Builder().code(429).addHeader("Retry-After", "30").build();
	}

	private synchronized void count(JsonNode request) {
		String url = request.path("virtualHostUrl").asString(null);
		String change = request.path("operation").asString() + " "
				+ ((url != null) ? url : request.path("virtualHostId").asString(null));
		this.writesPerChange.merge(change, 1, Integer::sum);
	}

	private synchronized String apply(JsonNode request) {
		String operation = request.path("operation").asString();
		String url = request.path("virtualHostUrl").asString(null);
		String id = request.path("virtualHostId").asString(null);
		if ("CREATE".equals(operation)) {
			return create(url, request.path("isDefaultVirtualHostRequest").asBoolean(false));
		}
		if ("DELETE".equals(operation)) {
			this.hosts.remove(id);
			return id;
		}
		Map<String, Object> host = this.hosts.get(id);
		if (host != null) {
			host.put("name", url);
			host.put("virtual_host", url + ".example.com");
			host.put("isDefault", request.path("isDefaultVirtualHostRequest").asBoolean(false));
		}
		return id;
	}

	private String create(String alias, boolean isDefault) {
		String id = "vh-" + this.ids.incrementAndGet();
		Map<String, Object> host = new LinkedHashMap<>();
		host.put("id", id);
		host.put("name", alias);
		host.put("virtual_host", alias + ".example.com");
		host.put("virtual_port", 443);
		host.put("isDefault", isDefault);
		host.put("isSSL", true);
		this.hosts.put(id, host);
		return id;
	}

	private static String answerBody(JsonNode request, String id) {
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("id", "req-" + id);
		d.put("virtualHostId", id);
		d.put("operation", request.path("operation").asString());
		d.put("allocationStatus", "COMPLETE");
		return JSON.writeValueAsString(Map.of("d", d));
	}

	private static MockResponse json(int status, String body) {
		MockResponse.Builder answer = new MockResponse.Builder().code(status);
		return answer.addHeader("Content-Type", "application/json").body(body).build();
	}

	@Override
	public void close() {
		this.server.close();
	}

}
