package dev.arraybench.runner.plan;

import dev.arraybench.runner.UserError;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShardTest {

    /** An item of unit {@code unit} that takes {@code seconds}. */
    private record Item(String unit, double seconds, int id) {
    }

    private static List<Item> items(int units, int... perUnit) {
        List<Item> items = new ArrayList<>();
        int id = 0;
        for (int u = 0; u < units; u++) {
            for (int i = 0; i < perUnit[u % perUnit.length]; i++) {
                items.add(new Item("unit" + u, 10, id++));
            }
        }
        return items;
    }

    @Test
    void shouldReadKOfN() {
        assertThat(Shard.parse("3/24")).isEqualTo(new Shard(3, 24));
        assertThat(Shard.parse(" 1 / 1 ").all()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0/3", "4/3", "a/b", "1/0", "3", "1/2/3", "-1/3", ""})
    void shouldRejectAShardOutsideOneToN(String text) {
        assertThatThrownBy(() -> Shard.parse(text)).isInstanceOf(UserError.class)
                .hasMessage("shard: '" + text + "' (expected K/N with 1 <= K <= N, such as 3/24)");
    }

    @Test
    void shouldKeepEveryUnitInOnePartAndEveryItemExactlyOnce() {
        List<Item> items = items(10, 3, 7, 1);
        List<Shard.Part<Item>> parts = new Shard(1, 4).split(items, Item::unit, Item::seconds);
        assertThat(parts).hasSize(4);
        List<Item> all = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Shard.Part<Item> part : parts) {
            all.addAll(part.items());
            Set<String> units = new HashSet<>(part.items().stream().map(Item::unit).toList());
            assertThat(units).hasSize(part.units());
            assertThat(units).filteredOn(seen::contains).isEmpty();
            seen.addAll(units);
            assertThat(part.seconds()).isEqualTo(part.items().size() * 10.0);
            assertThat(part.items()).isSortedAccordingTo((a, b) -> Integer.compare(a.id(), b.id()));
        }
        assertThat(all).containsExactlyInAnyOrderElementsOf(items);
    }

    @Test
    void shouldBalanceByEstimatedTimeLongestUnitFirst() {
        List<Item> items = new ArrayList<>();
        int id = 0;
        for (int seconds : new int[] {7, 5, 4, 3, 3, 2}) {
            items.add(new Item("u" + id, seconds, id++));
        }
        List<Shard.Part<Item>> parts = new Shard(1, 2).split(items, Item::unit, Item::seconds);
        assertThat(parts).extracting(Shard.Part::seconds).containsExactly(12.0, 12.0);
        assertThat(parts.get(0).items()).extracting(Item::id).containsExactly(0, 3, 5);
    }

    @Test
    void shouldSplitTheSameListTheSameWayEveryTime() {
        List<Item> items = items(30, 2, 2, 2);
        assertThat(new Shard(2, 7).split(items, Item::unit, Item::seconds))
                .isEqualTo(new Shard(5, 7).split(new ArrayList<>(items), Item::unit, Item::seconds));
    }

    @Test
    void shouldLeaveAPartEmptyWhenThereAreMorePartsThanUnits() {
        List<Shard.Part<Item>> parts = new Shard(3, 3).split(items(2, 1), Item::unit, Item::seconds);
        assertThat(parts.get(2).items()).isEmpty();
        assertThat(parts.get(2).units()).isZero();
    }
}
