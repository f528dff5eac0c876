import { useEffect, useMemo, useState } from 'preact/hooks';
import { INITIAL_FOLLOW_STATE, type FollowState } from '@/lib/panel/follow-state';
import { PageFollower, type FollowerBrowser } from '@/lib/panel/follower';
import type { PageLink } from '@/lib/panel/page-link';

/** Starts following the page when the panel mounts, and stops when it goes. */
export function useFollower(
  link: PageLink,
  pinnedTabId: number | null,
  api?: FollowerBrowser,
): { follow: FollowState; follower: PageFollower } {
  const follower = useMemo(() => new PageFollower({ link, pinnedTabId, api }), [link, pinnedTabId, api]);
  const [follow, setFollow] = useState<FollowState>(INITIAL_FOLLOW_STATE);
  useEffect(() => {
    const unsubscribe = follower.subscribe(setFollow);
    follower.start().catch((error: unknown) => {
      console.error('Ownership Lens could not start following the page', error);
      follower.dispatch({ type: 'unavailable' });
    });
    return () => {
      unsubscribe();
      follower.stop();
    };
  }, [follower]);
  return { follow, follower };
}
