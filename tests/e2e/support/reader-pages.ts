// An invented local news article for the reader-facing checks: direct quotes, reported speech,
// a partial quote with the article's own quotation marks, a denial, a refusal to comment; and a
// button before the article, to see where the keyboard focus goes back to.
export const READER_ARTICLE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Lakeside council rejects claims over water plant - Orvane Herald</title></head>
<body><header><a href="/">Orvane Herald</a> <button id="subscribe" type="button">Subscribe</button></header>
<main><article><h1>Lakeside council rejects claims over water plant</h1>
<p>The Lakeside town council on Monday denied reports that its new water treatment plant had failed two safety inspections, as residents queued for bottled water for a third day.</p>
<p>"The plant passed every inspection it has ever had, and we will publish the reports this week," said Ilse Marchetti, the council's head of public works, speaking outside the town hall.</p>
<p>Marchetti denied that any inspector had raised concerns about the filters and said the council would welcome an independent review.</p>
<p>Tomas Feyer, who chairs the residents' association, described the council's account as "a story that changes every week" and called for the plant's manager to resign.</p>
<p>"We have not seen the inspection reports and cannot say whether they exist," said Hanna Oduya, a spokeswoman for the regional health board.</p>
<p>The regional water authority declined to comment on the inspections while its own review is under way.</p>
<p>Feyer said the residents would keep collecting water samples until the reports are published.</p>
</article></main></body></html>`;
