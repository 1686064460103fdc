import { ImageResponse } from "next/og";

// The home-screen icon (Next.js' `apple-icon` file convention): the favicon's check mark, drawn at 180 px.
export const size = { width: 180, height: 180 };
export const contentType = "image/png";

export default function AppleIcon() {
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        alignItems: "center",
        justifyContent: "center",
        background: "#0062ba",
      }}
    >
      <svg width="120" height="120" viewBox="0 0 32 32">
        <path
          d="M7 16.5l5.5 5.5L25 9.5"
          fill="none"
          stroke="#fff"
          strokeWidth="3.6"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
    </div>,
    size,
  );
}
