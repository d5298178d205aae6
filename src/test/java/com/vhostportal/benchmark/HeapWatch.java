package com.vhostportal.benchmark;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

import static com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION;

/**
 * Watches how much the heap grows while something runs in this JVM. Two figures: what
 * stays live, read after each garbage collection (the memory a task keeps, which must not
 * grow with its input to call it constant), and the highest heap use sampled at all,
 * which also counts garbage not yet collected and depends mostly on the collector.
 */
final class HeapWatch implements AutoCloseable {

	private static final long MB = 1024 * 1024;

	private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans()
		.stream()
		.filter((pool) -> pool.getType() == MemoryType.HEAP)
		.map(MemoryPoolMXBean::getName)
		.collect(Collectors.toSet());

	private final List<NotificationEmitter> emitters = new ArrayList<>();

	private final NotificationListener listener = this::collected;

	private final AtomicLong liveAfterCollections = new AtomicLong(-1);

	private final AtomicLong collections = new AtomicLong();

	private final AtomicLong highestUsed = new AtomicLong();

	private final long liveAtStart;

	private final Thread sampler;

	private volatile boolean watching = true;

	private HeapWatch() {
		System.gc();
		this.liveAtStart = used();
		this.highestUsed.set(this.liveAtStart);
		for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
			if (collector instanceof NotificationEmitter emitter) {
				emitter.addNotificationListener(this.listener, null, null);
				this.emitters.add(emitter);
			}
		}
		this.sampler = new Thread(this::sample, "heap-watch");
		this.sampler.setDaemon(true);
		this.sampler.start();
	}

	/**
	 * Collects garbage, notes the live heap and starts watching.
	 * @return the watch
	 */
	static HeapWatch start() {
		return new HeapWatch();
	}

	/**
	 * Returns how far the live heap rose above where it was at the start, in MB: the
	 * highest use right after a collection during the watch, or after a final collection
	 * if none happened.
	 * @return the growth of the live heap
	 */
	long liveGrowthMb() {
		long highest = this.liveAfterCollections.get();
		if (this.collections.get() == 0) {
			System.gc();
			highest = used();
		}
		return Math.max(0, highest - this.liveAtStart) / MB;
	}

	/**
	 * Returns how far heap use rose above the live heap at the start, garbage included.
	 * @return the growth in MB
	 */
	long peakGrowthMb() {
		return Math.max(0, this.highestUsed.get() - this.liveAtStart) / MB;
	}

	long collections() {
		return this.collections.get();
	}

	@Override
	public void close() {
		this.watching = false;
		this.sampler.interrupt();
		for (NotificationEmitter emitter : this.emitters) {
			try {
				emitter.removeNotificationListener(this.listener);
			}
			catch (ListenerNotFoundException ex) {
				// Never added to this one: nothing to remove.
			}
		}
	}

	private void sample() {
		while (this.watching) {
			this.highestUsed.accumulateAndGet(used(), Math::max);
			try {
				Thread.sleep(5);
			}
			catch (InterruptedException ex) {
				return;
			}
		}
	}

	private void collected(Notification notification, Object handback) {
		if (!this.watching || !GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
			return;
		}
		GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
			.from((CompositeData) notification.getUserData());
		long live = heapOf(info.getGcInfo().getMemoryUsageAfterGc());
		this.collections.incrementAndGet();
		this.liveAfterCollections.accumulateAndGet(live, Math::max);
	}

	private long heapOf(Map<String, MemoryUsage> pools) {
		return pools.entrySet()
			.stream()
			.filter((pool) -> this.heapPools.contains(pool.getKey()))
			.mapToLong((pool) -> pool.getValue().getUsed())
			.sum();
	}

	private static long used() {
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

}
