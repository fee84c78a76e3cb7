package dev.jnetlink.socket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** A batch's outcome, asked more than once. */
class BatchResultTest {
    @Test
    void throwingTheFirstFailureTwiceDoesNotAttachTheOthersTwice() {
        NetlinkException a = NetlinkException.of(Errno.ENODEV, "RTM_NEWLINK", "a", null, null);
        NetlinkException b = NetlinkException.of(Errno.EEXIST, "RTM_NEWLINK", "b", null, null);
        BatchResult r = new BatchResult(3, new NetlinkException[] {null, a, b});
        assertThat(r.failedIndexes()).containsExactly(1, 2);
        for (int i = 0; i < 2; i++) {
            NotFoundException thrown = catchThrowableOfType(NotFoundException.class, r::throwIfAnyFailed);
            assertThat(thrown).isSameAs(a);
            assertThat(thrown.getSuppressed()).containsExactly(b);
        }
    }
}
