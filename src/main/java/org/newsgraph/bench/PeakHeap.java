package org.newsgraph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * The most heap in use at once while it watched. The heap grows only between collections,
 * so its peaks are what each collection found in use before it started, and what is in
 * use when asked. The sum of each pool's own peak, which the JVM also offers, overstates
 * it (above {@code -Xmx} in a 100k run): the pools peak at different moments.
 */
final class PeakHeap implements AutoCloseable {

	private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans()
		.stream()
		.filter(pool -> pool.getType() == MemoryType.HEAP)
		.map(MemoryPoolMXBean::getName)
		.collect(Collectors.toSet());

	private final List<NotificationEmitter> collectors = ManagementFactory.getGarbageCollectorMXBeans()
		.stream()
		.map(NotificationEmitter.class::cast)
		.toList();

	private final AtomicLong peak = new AtomicLong();

	private final NotificationListener listener = this::collected;

	private PeakHeap() {
		collectors.forEach(collector -> collector.addNotificationListener(listener, null, null));
	}

	/**
	 * Starts watching, after a collection, so that garbage from before does not count.
	 */
	static PeakHeap watch() {
		System.gc();
		return new PeakHeap();
	}

	long bytes() {
		return Math.max(peak.get(), ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
	}

	private void collected(Notification notification, Object handback) {
		if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
			long inUse = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData())
				.getGcInfo()
				.getMemoryUsageBeforeGc()
				.entrySet()
				.stream()
				.filter(pool -> heapPools.contains(pool.getKey()))
				.mapToLong(pool -> pool.getValue().getUsed())
				.sum();
			peak.accumulateAndGet(inUse, Math::max);
		}
	}

	@Override
	public void close() {
		for (NotificationEmitter collector : collectors) {
			try {
				collector.removeNotificationListener(listener);
			}
			catch (ListenerNotFoundException ex) {
				// Never added: nothing to remove.
			}
		}
	}

}
