package dev.mlquiz.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SlackAdminsTest {
    @Test
    void a_user_id_is_an_admin_in_every_workspace_and_a_pair_in_its_own_only() {
        Set<String> admins = SlackAdmins.parse("U0ALICE, T0ONE:U0BOB  T0TWO:U0CAROL");

        assertThat(SlackAdmins.lists(admins, "T0ONE", "U0ALICE")).isTrue();
        assertThat(SlackAdmins.lists(admins, "T0TWO", "U0ALICE")).isTrue();
        assertThat(SlackAdmins.lists(admins, "T0ONE", "U0BOB")).isTrue();
        assertThat(SlackAdmins.lists(admins, "T0TWO", "U0BOB")).isFalse();
        assertThat(SlackAdmins.lists(admins, "T0TWO", "U0CAROL")).isTrue();
        assertThat(SlackAdmins.lists(admins, "T0ONE", "U0DAVE")).isFalse();
        assertThat(SlackAdmins.everywhere(admins)).containsExactly("U0ALICE");
    }

    @Test
    void an_entry_of_neither_form_is_refused_by_name() {
        assertThatThrownBy(() -> SlackAdmins.parse("U0ALICE,alice@example.com"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("MLQUIZ_SLACK_ADMINS: 'alice@example.com' is neither a Slack user id (U024BE7LH) nor a"
                        + " workspace and user (T024BE7LD:U024BE7LH)");
        assertThatThrownBy(() -> SlackAdmins.parse("T0ONE:")).hasMessageContaining("'T0ONE:'");
        assertThatThrownBy(() -> SlackAdmins.parse("T0ONE:U0BOB:U0X")).hasMessageContaining("'T0ONE:U0BOB:U0X'");
    }

    @Test
    void an_empty_list_names_no_admin() {
        assertThat(SlackAdmins.parse(" , ")).isEmpty();
    }
}
