/** @jsxImportSource react */
import { ConsentGate } from '@assent/react';

export function VideoPage() {
  return (
    <>
      <h1>A video from YouTube</h1>
      <p>
        The player loads only once you allow embedded videos: until then a placeholder stands in, and its
        button grants the category (the same as the switch in the settings).
      </p>
      <ConsentGate category="media" service="YouTube" placeholder>
        <iframe
          className="video"
          src="https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ"
          title="Big Buck Bunny (YouTube)"
          allow="encrypted-media; picture-in-picture"
          allowFullScreen
        />
      </ConsentGate>
    </>
  );
}
