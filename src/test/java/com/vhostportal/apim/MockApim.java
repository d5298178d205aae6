package com.vhostportal.apim;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

import com.vhostportal.tenant.FieldLayout;
import com.vhostportal.tenant.Tenant;
import com.vhostportal.tenant.TenantDirectory;
import com.vhostportal.tenant.TenantProperties;
import com.vhostportal.tenant.TenantProperties.Entry;
import com.vhostportal.tenant.TenantProperties.Key;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

import org.springframework.util.unit.DataSize;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * API Management and its token endpoint on a real HTTP server, with the tenants that
 * point at it and the clients under test. Token requests are answered with a fresh token
 * each unless a token answer is queued; API calls are answered from a queue.
 */
final class MockApim implements AutoCloseable {

	static final String WRITE_CLIENT_ID = "sb-vhost-portal!b1234|api-portal-xsuaa!b5678";

	static final String WRITE_CLIENT_SECRET = "write+secret/=";

	static final String READ_CLIENT_ID = "sb-portal-reader!b1234|api-portal-xsuaa!b5678";

	static final String READ_CLIENT_SECRET = "read-secret";

	private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

	private static final String NOTHING_QUEUED = "{\"error\":{\"message\":\"nothing queued\"}}";

	private static final String TOKEN = """
			{"access_token":"%s","token_type":"bearer","expires_in":%d,"scope":"uaa.resource"}""";

	private final MockWebServer server = new MockWebServer();

	// Serves TLS with a certificate the portal does not trust.
	private final MockWebServer untrusted = new MockWebServer();

	private final BlockingQueue<MockResponse> answers = new LinkedBlockingQueue<>();

	private final BlockingQueue<MockResponse> tokenAnswers = new LinkedBlockingQueue<>();

	private final AtomicInteger issuedTokens = new AtomicInteger();

	private final List<RecordedRequest> tokenRequests = new CopyOnWriteArrayList<>();

	private final List<RecordedRequest> apiRequests = new CopyOnWriteArrayList<>();

	private final TenantDirectory tenants;

	// A listening socket that never accepts: once its backlog is full, connections to it
	// are not taken, so connecting times out.
	private final ServerSocket blackHole = new ServerSocket(0, 1, LOOPBACK);

	private final List<Socket> backlog = new CopyOnWriteArrayList<>();

	MockApim() throws IOException {
		this.server.setDispatcher(new Dispatcher() {

			@Override
			public MockResponse dispatch(RecordedRequest request) {
				return answer(request);
			}

		});
		this.server.start();
		this.untrusted.useHttps(SelfSignedTls.socketFactory());
		this.untrusted.start();
		this.tenants = createTenants();
	}

	private MockResponse answer(RecordedRequest request) {
		if (request.getUrl().encodedPath().equals("/oauth/token")) {
			this.tokenRequests.add(request);
			MockResponse queued = this.tokenAnswers.poll();
			return (queued != null) ? queued : token(43199);
		}
		this.apiRequests.add(request);
		MockResponse queued = this.answers.poll();
		return (queued != null) ? queued : json(500, NOTHING_QUEUED);
	}

	MockResponse token(int expiresIn) {
		String token = "token-" + this.issuedTokens.incrementAndGet();
		return json(200, TOKEN.formatted(token, expiresIn));
	}

	static MockResponse json(int status, String body) {
		MockResponse.Builder response = new MockResponse.Builder().code(status);
		return response.addHeader("Content-Type", "application/json").body(body).build();
	}

	void enqueue(MockResponse response) {
		this.answers.add(response);
	}

	void enqueue(int status, String json) {
		enqueue(json(status, json));
	}

	void enqueueToken(MockResponse response) {
		this.tokenAnswers.add(response);
	}

	List<RecordedRequest> tokenRequests() {
		return this.tokenRequests;
	}

	List<RecordedRequest> apiRequests() {
		return this.apiRequests;
	}

	RecordedRequest apiRequest(int index) {
		return this.apiRequests.get(index);
	}

	String host() {
		return this.server.getHostName();
	}

	String url() {
		return "http://" + host() + ":" + this.server.getPort();
	}

	/**
	 * Returns the tenants: {@code acme} with a write key only, {@code split} with a write
	 * and a read key, {@code legacy} in the 2025 field layout, and {@code offline} whose
	 * API Management refuses connections while its token endpoint works.
	 * @return the directory
	 */
	TenantDirectory tenants() {
		return this.tenants;
	}

	private TenantDirectory createTenants() {
		Key write = writeKeyAt(url());
		Key read = new Key(url(), tokenUrl(), READ_CLIENT_ID, READ_CLIENT_SECRET, null);
		String closed = "http://127.0.0.1:" + closedPort();
		Key offline = writeKeyAt(closed);
		Key unknown = writeKeyAt("http://apim.invalid");
		Key tls = writeKeyAt("https://" + host() + ":" + this.untrusted.getPort());
		Key stalled = writeKeyAt("http://127.0.0.1:" + this.blackHole.getLocalPort());

		List<Entry> entries = List.of(entry("acme", "Acme", FieldLayout.CURRENT, write, null),
				entry("split", "Split keys", FieldLayout.CURRENT, write, read),
				entry("legacy", "Legacy layout", FieldLayout.LEGACY_2025, write, null),
				entry("offline", "Offline", FieldLayout.CURRENT, offline, null),
				entry("unknown", "Unknown host", FieldLayout.CURRENT, unknown, null),
				entry("tls", "TLS to a plain server", FieldLayout.CURRENT, tls, null),
				entry("stalled", "Never accepts", FieldLayout.CURRENT, stalled, null));
		return new TenantDirectory(new TenantProperties(entries));
	}

	private static Entry entry(String id, String name, FieldLayout layout, Key write, Key read) {
		return new Entry(id, name, id, layout, write, read, "platform");
	}

	private Key writeKeyAt(String apiUrl) {
		return new Key(apiUrl, tokenUrl(), WRITE_CLIENT_ID, WRITE_CLIENT_SECRET, null);
	}

	private String tokenUrl() {
		return url() + "/oauth/token";
	}

	/**
	 * Fills the backlog of the socket behind tenant {@code stalled}, so that the next
	 * connection to it is not taken.
	 * @throws IOException if a connection fails
	 */
	void fillBacklog() throws IOException {
		for (int i = 0; i < 4; i++) {
			Socket socket = new Socket();
			try {
				socket.connect(this.blackHole.getLocalSocketAddress(), 200);
				this.backlog.add(socket);
			}
			catch (IOException ex) {
				socket.close();
				return;
			}
		}
	}

	Tenant tenant(String id) {
		return tenants().find(id).orElseThrow();
	}

	static ApimProperties properties(Duration responseTimeout) {
		Duration connect = Duration.ofSeconds(2);
		Duration skew = Duration.ofSeconds(60);
		DataSize maxBody = DataSize.ofMegabytes(16);
		String header = "X-Correlation-ID";
		String keys = "KEYSTORE";
		String trust = "TRUSTSTORE";
		return new ApimProperties(connect, responseTimeout, header, skew, keys, trust, 3, maxBody);
	}

	ApimCalls calls(ApimProperties properties) {
		TenantClientRegistrations registrations = new TenantClientRegistrations(tenants());
		WebClient client = ApimWebClients.create(WebClient.builder(), registrations, properties);
		return new ApimCalls(client, properties);
	}

	VirtualHostRequestClient requestClient(Duration responseTimeout) {
		return new VirtualHostRequestClient(calls(properties(responseTimeout)));
	}

	VirtualHostRequestClient requestClient() {
		return requestClient(Duration.ofSeconds(5));
	}

	ManagementClient managementClient() {
		return managementClient(readProperties(3));
	}

	ManagementClient managementClient(ApimReadProperties readProperties) {
		ApimProperties properties = properties(Duration.ofSeconds(5));
		ResilientReads reads = new ResilientReads(calls(properties), readProperties);
		return new ManagementClient(reads, properties);
	}

	/**
	 * Returns read settings with short waits: backoff from 10 ms, Retry-After up to 2 s,
	 * and a breaker that opens after four reads of which half failed.
	 */
	static ApimReadProperties readProperties(int maxAttempts) {
		Duration backoff = Duration.ofMillis(10);
		Duration maxWait = Duration.ofSeconds(2);
		Duration open = Duration.ofMinutes(1);
		return new ApimReadProperties(maxAttempts, backoff, 2.0, 0.5, maxWait, 50, 4, 4, open, 1);
	}

	private static int closedPort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		try {
			for (Socket socket : this.backlog) {
				socket.close();
			}
			this.blackHole.close();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		this.untrusted.close();
		this.server.close();
	}

}
