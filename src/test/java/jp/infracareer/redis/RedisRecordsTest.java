package jp.infracareer.redis;

import static org.assertj.core.api.Assertions.assertThat;

import jp.infracareer.state.Records;
import jp.infracareer.state.RecordsContract;
import jp.infracareer.testing.RedisReplicas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RedisRecordsTest extends RecordsContract {
    @RegisterExtension
    static final RedisReplicas redis = new RedisReplicas();

    private final String namespace = "records-" + java.util.UUID.randomUUID();

    @Override
    protected Records records() {
        return new RedisRecords(redis.one(), namespace);
    }

    @Test
    void whatOneReplicaWritesTheOtherReads() {
        new RedisRecords(redis.one(), namespace).put("ws:-:T1", "bot", "one");
        assertThat(new RedisRecords(redis.two(), namespace).get("ws:-:T1", "bot")).hasValue("one");
        new RedisRecords(redis.two(), namespace).removeGroup("ws:-:T1");
        assertThat(new RedisRecords(redis.one(), namespace).group("ws:-:T1")).isEmpty();
    }
}
