<?xml version="1.0" encoding="UTF-8"?>
<!--
  Turns an RSS feed into a readable page when someone opens it in a browser, so a feed link
  never shows a wall of code. Feed readers ignore this file.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:atom="http://www.w3.org/2005/Atom">
  <xsl:output method="html" encoding="UTF-8" indent="no"
    doctype-system="about:legacy-compat" />

  <xsl:template match="/rss/channel">
    <html lang="{language}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title><xsl:value-of select="title" /> (news feed)</title>
        <style>
          :root { color-scheme: light dark; --text: #0b0c0c; --muted: #484949; --bg: #fff; --panel: #f3f2f1; --link: #1d5fa7; --focus: #fd0; }
          @media (prefers-color-scheme: dark) { :root { --text: #f3f2f1; --muted: #c8cbcc; --bg: #0f1416; --panel: #1f2629; --link: #8fc4ff; } }
          body { margin: 0; font: 1.1875rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--text); background: var(--bg); }
          main { max-width: 42rem; margin: 0 auto; padding: 1rem; }
          h1 { font-size: 2rem; line-height: 1.25; }
          h2 { font-size: 1.5rem; margin-top: 2rem; }
          a { color: var(--link); }
          a:focus-visible { outline: 3px solid transparent; background: var(--focus); color: #0b0c0c; box-shadow: 0 4px #0b0c0c; }
          .panel { background: var(--panel); padding: 1rem; border-left: 0.5rem solid var(--link); }
          code { overflow-wrap: anywhere; font-size: 1rem; }
          ol { padding: 0; list-style: none; }
          li { border-top: 1px solid var(--muted); padding: 0.75rem 0; }
          h3 { font-size: 1.1875rem; margin: 0 0 0.25rem; }
        </style>
      </head>
      <body>
        <main>
          <h1><xsl:value-of select="title" /></h1>
          <div class="panel">
            <p><strong>This is a news feed.</strong> A feed reader app can check it for you and show new items as they are published.</p>
            <p>To subscribe, copy this page's web address into your feed reader:</p>
            <p><code><xsl:value-of select="atom:link[@rel='self']/@href" /></code></p>
            <p><a href="/subscribe/">How to subscribe, and other ways to get updates</a></p>
          </div>
          <p><xsl:value-of select="description" /></p>
          <h2>Latest items</h2>
          <xsl:choose>
            <xsl:when test="item">
              <ol>
                <xsl:for-each select="item">
                  <li>
                    <h3><a href="{link}"><xsl:value-of select="title" /></a></h3>
                    <p><xsl:value-of select="description" /></p>
                  </li>
                </xsl:for-each>
              </ol>
            </xsl:when>
            <xsl:otherwise>
              <p>There is nothing in this feed yet. Subscribe and new items will reach you when they are published.</p>
            </xsl:otherwise>
          </xsl:choose>
          <p><a href="{link}">Go to the website</a></p>
        </main>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
