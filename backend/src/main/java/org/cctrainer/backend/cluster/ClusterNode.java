package org.cctrainer.backend.cluster;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import io.vertx.spi.cluster.hazelcast.ConfigUtil;
import io.vertx.spi.cluster.hazelcast.HazelcastClusterManager;
import org.cctrainer.backend.TrainerConfig;

/**
 * This trainer as a member of a Hazelcast cluster: an explicit member list over TCP/IP (never
 * multicast), bound to one interface, no phone-home. Starts from Vert.x's default Hazelcast
 * configuration so the maps its event bus needs stay configured.
 */
public final class ClusterNode {
    /** The member attribute Vert.x reads its node id from, when it is handed a Hazelcast instance. */
    static final String NODE_ID = "__vertx.nodeId";
    private final HazelcastInstance hazelcast;
    private final HazelcastClusterManager manager;
    private final String nodeId;

    private ClusterNode(HazelcastInstance hazelcast, String nodeId) {
        this.hazelcast = hazelcast;
        this.nodeId = nodeId;
        this.manager = new HazelcastClusterManager(hazelcast);
    }

    /** Joins (or forms) the cluster. Blocks for the join: call it from a worker or before Vert.x starts. */
    public static ClusterNode join(TrainerConfig.Cluster cluster) {
        Config config = ConfigUtil.loadConfig();
        config.setClusterName("cc-trainer");
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.socket.bind.any", "false");
        config.setProperty("hazelcast.wait.seconds.before.join", "0");
        config.setProperty("hazelcast.logging.type", "jdk");
        // Hazelcast binds to an interface by its address, not a name (compose gives "trainer-1").
        String address = address(cluster.host());
        config.getNetworkConfig().setPort(cluster.port()).setPortAutoIncrement(true);
        config.getNetworkConfig().getInterfaces().setEnabled(true).addInterface(address);
        config.getNetworkConfig().setPublicAddress(address + ":" + cluster.port());
        JoinConfig join = config.getNetworkConfig().getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).getMembers().clear();
        for (String member : cluster.members()) {
            join.getTcpIpConfig().addMember(member);
        }
        String nodeId = java.util.UUID.randomUUID().toString();
        config.getMemberAttributeConfig().setAttribute(NODE_ID, nodeId);
        return new ClusterNode(Hazelcast.newHazelcastInstance(config), nodeId);
    }

    static String address(String host) {
        try {
            return java.net.InetAddress.getByName(host).getHostAddress();
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException("CC_CLUSTER_HOST: cannot resolve '" + host + "'", e);
        }
    }

    public HazelcastClusterManager manager() {
        return manager;
    }

    public HazelcastInstance hazelcast() {
        return hazelcast;
    }

    /** This node's id as Vert.x knows it (a member attribute every member can read). */
    public String nodeId() {
        return nodeId;
    }

    /** The Vert.x node id of a member, as other members see it. */
    public static String nodeIdOf(com.hazelcast.cluster.Member member) {
        return member.getAttribute(NODE_ID);
    }

    public int members() {
        return hazelcast.getCluster().getMembers().size();
    }
}
