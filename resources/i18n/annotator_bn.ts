<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bn_BD">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Quit</source>
        <translation>প্রস্থান</translation>
    </message>
    <message>
        <source>Change &amp;annotator name…</source>
        <translation>টীকাকারের নাম বদলান…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>পূর্বাবস্থায় ফেরান</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>আবার করুন</translation>
    </message>
    <message>
        <source>&amp;Delete span</source>
        <translation>অংশটি মুছুন</translation>
    </message>
    <message>
        <source>Next span</source>
        <translation>পরের অংশ</translation>
    </message>
    <message>
        <source>Previous span</source>
        <translation>আগের অংশ</translation>
    </message>
    <message>
        <source>Grow span end by a word or mark</source>
        <translation>অংশের শেষ এক শব্দ বা চিহ্ন বাড়ান</translation>
    </message>
    <message>
        <source>Shrink span end by a word or mark</source>
        <translation>অংশের শেষ এক শব্দ বা চিহ্ন কমান</translation>
    </message>
    <message>
        <source>Grow span end by a letter (cluster)</source>
        <translation>অংশের শেষ এক বর্ণ (গুচ্ছ) বাড়ান</translation>
    </message>
    <message>
        <source>Shrink span end by a letter (cluster)</source>
        <translation>অংশের শেষ এক বর্ণ (গুচ্ছ) কমান</translation>
    </message>
    <message>
        <source>Grow span start by a word or mark</source>
        <translation>অংশের শুরু এক শব্দ বা চিহ্ন বাড়ান</translation>
    </message>
    <message>
        <source>Shrink span start by a word or mark</source>
        <translation>অংশের শুরু এক শব্দ বা চিহ্ন কমান</translation>
    </message>
    <message>
        <source>Link to this span</source>
        <translation>এই অংশের সঙ্গে যুক্ত করুন</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>বাতিল</translation>
    </message>
    <message>
        <source>Select by grapheme &amp;cluster</source>
        <translation>বর্ণগুচ্ছ ধরে নির্বাচন</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>বড় করে দেখুন</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>ছোট করে দেখুন</translation>
    </message>
    <message>
        <source>Mark &amp;done and open next</source>
        <translation>সম্পন্ন চিহ্নিত করে পরেরটি খুলুন</translation>
    </message>
    <message>
        <source>&amp;Next document</source>
        <translation>পরের নথি</translation>
    </message>
    <message>
        <source>&amp;Previous document</source>
        <translation>আগের নথি</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>খুঁজুন…</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>পরেরটি খুঁজুন</translation>
    </message>
    <message>
        <source>&amp;Search all documents…</source>
        <translation>সব নথিতে খুঁজুন…</translation>
    </message>
    <message>
        <source>&amp;Label all matches…</source>
        <translation>সব মিলে যাওয়া অংশে লেবেল দিন…</translation>
    </message>
    <message>
        <source>Edit &amp;attributes</source>
        <translation>বৈশিষ্ট্য সম্পাদনা</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>আমদানি…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>রপ্তানি…</translation>
    </message>
    <message>
        <source>Label &amp;schema…</source>
        <translation>লেবেল-কাঠামো…</translation>
    </message>
    <message>
        <source>&amp;Agreement report…</source>
        <translation>মতৈক্যের প্রতিবেদন…</translation>
    </message>
    <message>
        <source>&amp;Curate this document…</source>
        <translation>এই নথির চূড়ান্ত রূপ ঠিক করুন…</translation>
    </message>
    <message>
        <source>&amp;Independent annotation (hide others&apos; layers)</source>
        <translation>স্বাধীন টীকাকরণ (অন্যদের স্তর লুকান)</translation>
    </message>
    <message>
        <source>Links: &amp;all</source>
        <translation>সংযোগ: সব</translation>
    </message>
    <message>
        <source>Links: &amp;selected span&apos;s only</source>
        <translation>সংযোগ: শুধু নির্বাচিত অংশের</translation>
    </message>
    <message>
        <source>Links: &amp;none</source>
        <translation>সংযোগ: কোনোটি নয়</translation>
    </message>
    <message>
        <source>Add the selection as a part of the selected span</source>
        <translation>নির্বাচনটিকে নির্বাচিত অংশের একটি খণ্ড হিসেবে যোগ করুন</translation>
    </message>
    <message>
        <source>Remove the part under the cursor from the split span</source>
        <translation>কার্সারের নিচের খণ্ডটি বিভক্ত অংশ থেকে সরান</translation>
    </message>
    <message>
        <source>Same referent as…</source>
        <translation>একই ব্যক্তি/সত্তা হিসেবে চিহ্নিত করুন…</translation>
    </message>
    <message>
        <source>Next quote or claim without speaker/claimant</source>
        <translation>বক্তা/দাবিকারী ছাড়া পরের উদ্ধৃতি বা দাবি</translation>
    </message>
    <message>
        <source>Previous quote or claim without speaker/claimant</source>
        <translation>বক্তা/দাবিকারী ছাড়া আগের উদ্ধৃতি বা দাবি</translation>
    </message>
    <message>
        <source>Acc&amp;ept suggestion</source>
        <translation>প্রস্তাব গ্রহণ</translation>
    </message>
    <message>
        <source>Re&amp;ject suggestion</source>
        <translation>প্রস্তাব বাতিল</translation>
    </message>
    <message>
        <source>Accept all suggestions above the &amp;threshold</source>
        <translation>সীমার ওপরের সব প্রস্তাব গ্রহণ</translation>
    </message>
    <message>
        <source>Show su&amp;ggestions</source>
        <translation>প্রস্তাব দেখান</translation>
    </message>
    <message>
        <source>Train suggestion &amp;model now</source>
        <translation>প্রস্তাবের মডেল এখনই প্রশিক্ষণ দিন</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>ডেটাবেস খুলুন…</translation>
    </message>
    <message>
        <source>Edit the span&apos;s &amp;note</source>
        <translation>অংশের মন্তব্য সম্পাদনা</translation>
    </message>
    <message>
        <source>Text &amp;font…</source>
        <translation>লেখার ফন্ট…</translation>
    </message>
    <message>
        <source>Colours: follow the &amp;system</source>
        <translation>রং: সিস্টেম অনুযায়ী</translation>
    </message>
    <message>
        <source>Colours: &amp;light</source>
        <translation>রং: হালকা</translation>
    </message>
    <message>
        <source>Colours: &amp;dark</source>
        <translation>রং: গাঢ়</translation>
    </message>
    <message>
        <source>&amp;Reset panels</source>
        <translation>প্যানেল আগের মতো সাজান</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>কিবোর্ডের শর্টকাট</translation>
    </message>
    <message>
        <source>&amp;Guidelines</source>
        <translation>নির্দেশিকা</translation>
    </message>
    <message>
        <source>&amp;About Annotator</source>
        <translation>Annotator সম্পর্কে</translation>
    </message>
    <message>
        <source>Language: as the &amp;system</source>
        <translation>ভাষা: সিস্টেম অনুযায়ী</translation>
    </message>
    <message>
        <source>ভাষা: বাংলা</source>
        <translation>ভাষা: বাংলা</translation>
    </message>
    <message>
        <source>Language: English</source>
        <translation>ভাষা: English (ইংরেজি)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ফাইল (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>সম্পাদনা (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Labels</source>
        <translation>লেবেল (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>দেখুন (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>যান (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>দল (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>সহায়তা (&amp;H)</translation>
    </message>
    <message>
        <source>Accept into gold</source>
        <translation>চূড়ান্ত স্তরে গ্রহণ করুন</translation>
    </message>
    <message>
        <source>Accept all agreed</source>
        <translation>সবাই যেগুলোতে একমত সব গ্রহণ করুন</translation>
    </message>
    <message>
        <source>Remove from gold</source>
        <translation>চূড়ান্ত স্তর থেকে সরান</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>পাশাপাশি</translation>
    </message>
    <message>
        <source>Edit gold in the main window</source>
        <translation>মূল জানালায় চূড়ান্ত স্তর সম্পাদনা</translation>
    </message>
    <message>
        <source>Label {label}</source>
        <translation>লেবেল {label}</translation>
    </message>
    <message>
        <source>Link {relation}…</source>
        <translation>সংযোগ {relation}…</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>লেখা</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>all</source>
        <translation>সব</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>মতৈক্য</translation>
    </message>
    <message>
        <source>all kinds</source>
        <translation>সব ধরন</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>হালনাগাদ করুন</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>লেবেল:</translation>
    </message>
    <message>
        <source>Exact-match F1 by pair (hover for overlap F1, kappa, relations)</source>
        <translation>জোড়া ধরে হুবহু মিলের F1 (আংশিক মিলের F1, কাপ্পা, সংযোগ দেখতে মাউস রাখুন)</translation>
    </message>
    <message>
        <source>Lowest agreement first (double-click to open)</source>
        <translation>সবচেয়ে কম মতৈক্য আগে (খুলতে দুবার ক্লিক করুন)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>বন্ধ করুন</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>প্রযোজ্য নয়</translation>
    </message>
    <message>
        <source>{a} vs {b}: {documents} documents
exact F1 {exact}, overlap F1 {overlap}
Cohen&apos;s kappa {kappa} on {tokens} tokens
relations F1 {relations}
quotes and claims F1 {units}, cues F1 {cues}
speakers F1 {speakers} by referent, {by_mention} by mention</source>
        <translation>{a} বনাম {b}: {documents}টি নথি
হুবহু মিলের F1 {exact}, আংশিক মিলের F1 {overlap}
{tokens}টি টোকেনে কোহেনের কাপ্পা {kappa}
সংযোগের F1 {relations}
উদ্ধৃতি ও দাবির F1 {units}, সূচক ক্রিয়ার F1 {cues}
বক্তার F1 সত্তা ধরে {speakers}, উল্লেখ ধরে {by_mention}</translation>
    </message>
    <message>
        <source>{n} annotators · Krippendorff&apos;s alpha {alpha} on {tokens} tokens</source>
        <translation>{n} জন টীকাকার · {tokens}টি টোকেনে ক্রিপেনডর্ফের আলফা {alpha}</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>কেউ নন</translation>
    </message>
    <message>
        <source>Agreement needs two annotators who marked the same documents done; so far only {names} did. Assign documents to a second annotator (independent annotation hides the others&apos; labels), then come back here.</source>
        <translation>মতৈক্য মাপতে এমন দুজন টীকাকার লাগে যাঁরা একই নথি সম্পন্ন করেছেন; এ পর্যন্ত কেবল {names} করেছেন। দ্বিতীয় একজন টীকাকারকে নথি দিন (স্বাধীন টীকায় অন্যদের লেবেল দেখা যায় না), তারপর এখানে ফিরে আসুন।</translation>
    </message>
    <message>
        <source>Select a pair in the matrix</source>
        <translation>ছক থেকে একটি জোড়া বেছে নিন</translation>
    </message>
    <message>
        <source>{a} vs {b}: {n} documents both done</source>
        <translation>{a} বনাম {b}: দুজনেরই সম্পন্ন {n}টি নথি</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Welcome to Annotator</source>
        <translation>Annotator-এ স্বাগতম</translation>
    </message>
    <message>
        <source>Your name as an annotator (recorded with every label you make):</source>
        <translation>টীকাকার হিসেবে আপনার নাম (আপনার দেওয়া প্রতিটি লেবেলের সঙ্গে লেখা থাকবে):</translation>
    </message>
    <message>
        <source>Start without choosing a name?</source>
        <translation>নাম না দিয়েই শুরু করবেন?</translation>
    </message>
    <message>
        <source>Every label you make is recorded with an annotator name. Start as “{name}” (File &gt; Change annotator name… changes it later), or quit?</source>
        <translation>আপনার দেওয়া প্রতিটি লেবেলের সঙ্গে একজন টীকাকারের নাম লেখা থাকে। “{name}” নামে শুরু করবেন (পরে ফাইল &gt; টীকাকারের নাম বদলান… থেকে বদলানো যায়), নাকি বন্ধ করবেন?</translation>
    </message>
    <message>
        <source>Start as {name}</source>
        <translation>{name} নামে শুরু করুন</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>বন্ধ করুন</translation>
    </message>
    <message>
        <source>Annotator cannot open the database</source>
        <translation>Annotator ডেটাবেসটি খুলতে পারছে না</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>সার্ভারের পাসওয়ার্ড</translation>
    </message>
    <message>
        <source>Password for {login}:</source>
        <translation>{login}-এর পাসওয়ার্ড:</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>Annotator</translation>
    </message>
    <message>
        <source>Opening {database}…</source>
        <translation>{database} খোলা হচ্ছে…</translation>
    </message>
    <message>
        <source>your database</source>
        <translation>আপনার ডেটাবেস</translation>
    </message>
</context>
<context>
    <name>Attribution</name>
    <message>
        <source>Split span: select the span (click or Tab), then select its other part and press +</source>
        <translation>বিভক্ত অংশ: অংশটি বেছে নিন (ক্লিক বা Tab), তারপর এর অন্য খণ্ডটি নির্বাচন করে + চাপুন</translation>
    </message>
    <message>
        <source>Nothing to add: the selection holds only spaces or punctuation</source>
        <translation>যোগ করার কিছু নেই: নির্বাচনে কেবল ফাঁকা জায়গা বা যতিচিহ্ন আছে</translation>
    </message>
    <message>
        <source>{label} now in {n} parts; - with the cursor in a part removes it, Ctrl+Z undoes</source>
        <translation>{label} এখন {n}টি খণ্ডে; কোনো খণ্ডে কার্সার রেখে - চাপলে খণ্ডটি সরে যায়, Ctrl+Z আগের অবস্থায় ফেরায়</translation>
    </message>
    <message>
        <source>Select a split span (one in two or more parts) first</source>
        <translation>আগে একটি বিভক্ত অংশ (দুই বা তার বেশি খণ্ডের) বেছে নিন</translation>
    </message>
    <message>
        <source>Put the cursor in the part to remove (click into it), then press -</source>
        <translation>যে খণ্ডটি সরাবেন তার ভেতরে কার্সার রাখুন (ক্লিক করে), তারপর - চাপুন</translation>
    </message>
    <message>
        <source>Removed a part of {label}; Ctrl+Z brings it back</source>
        <translation>{label}-এর একটি খণ্ড সরানো হয়েছে; Ctrl+Z চাপলে ফিরে আসে</translation>
    </message>
    <message>
        <source>Select a mention ({labels}) first, then press = to say who it is</source>
        <translation>আগে একটি উল্লেখ ({labels}) বেছে নিন, তারপর = চেপে জানান এটি কে</translation>
    </message>
    <message>
        <source>No other PER, ORG or MENTION to join; label one first</source>
        <translation>যুক্ত করার মতো আর কোনো PER, ORG বা MENTION নেই; আগে একটিতে লেবেল দিন</translation>
    </message>
    <message>
        <source>&lt;b&gt;{same_as}&lt;/b&gt;: who is {label} ‘{text}’? Nearest first</source>
        <translation>&lt;b&gt;{same_as}&lt;/b&gt;: {label} ‘{text}’ কে? সবচেয়ে কাছেরটি আগে</translation>
    </message>
    <message>
        <source>Same referent: {name} ({n} mentions, listed in the Referents panel); Ctrl+Z undoes</source>
        <translation>একই ব্যক্তি/সত্তা: {name} ({n}টি উল্লেখ, উল্লেখিত সত্তা প্যানেলে তালিকা আছে); Ctrl+Z আগের অবস্থায় ফেরায়</translation>
    </message>
    <message>
        <source>The mention is no longer part of that referent; Ctrl+Z undoes</source>
        <translation>উল্লেখটি আর ওই সত্তার অংশ নয়; Ctrl+Z আগের অবস্থায় ফেরায়</translation>
    </message>
</context>
<context>
    <name>Banners</name>
    <message>
        <source>Read-only: {database} cannot be written (file or folder permissions). You can read and export; labels, status and attributes cannot be changed.</source>
        <translation>শুধু পড়ার জন্য: {database}-এ লেখা যাচ্ছে না (ফাইল বা ফোল্ডারের অনুমতি)। পড়া ও রপ্তানি করা যাবে; লেবেল, অবস্থা ও বৈশিষ্ট্য বদলানো যাবে না।</translation>
    </message>
    <message>
        <source>The database check found {count} problem(s); run `annotator db check` for the full report and `annotator db restore` to go back to a backup:</source>
        <translation>ডেটাবেস পরীক্ষায় {count}টি সমস্যা পাওয়া গেছে; পুরো প্রতিবেদনের জন্য `annotator db check` চালান, আর ব্যাকআপে ফিরে যেতে `annotator db restore`:</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… এবং আরও {count}টি</translation>
    </message>
</context>
<context>
    <name>CorpusSearchDialog</name>
    <message>
        <source>Search all documents</source>
        <translation>সব নথিতে খুঁজুন</translation>
    </message>
    <message>
        <source>Word or phrase in any text, title or id… (Enter)</source>
        <translation>যেকোনো লেখা, শিরোনাম বা আইডির শব্দ বা বাক্যাংশ… (Enter)</translation>
    </message>
    <message>
        <source>No document contains “{query}”</source>
        <translation>কোনো নথিতে “{query}” নেই</translation>
    </message>
    <message>
        <source>{hits} hit(s) in {documents} document(s)</source>
        <translation>{documents}টি নথিতে {hits}টি মিল</translation>
    </message>
    <message>
        <source>{hits} hit(s) in {documents} document(s) so far: scroll down for more</source>
        <translation>এখন পর্যন্ত {documents}টি নথিতে {hits}টি মিল: আরও দেখতে নিচে স্ক্রল করুন</translation>
    </message>
</context>
<context>
    <name>CurationDialog</name>
    <message>
        <source>Spans: green = all agree, orange = disputed</source>
        <translation>অংশ: সবুজ = সবাই একমত, কমলা = মতভেদ আছে</translation>
    </message>
    <message>
        <source>Side by side: red outline = not marked alike by every annotator, dashed = others marked it, this layer did not. Click a span to pick that version, A accepts it; in the gold pane, label keys label the selected text</source>
        <translation>পাশাপাশি: লাল রেখা = সব টীকাকার একইভাবে চিহ্নিত করেননি, ভাঙা রেখা = অন্যরা চিহ্নিত করেছেন, এই স্তর করেনি। কোনো অংশে ক্লিক করলে সেই রূপটি বাছাই হয়, A তা গ্রহণ করে; চূড়ান্ত স্তরের ঘরে লেবেলের কী চাপলে নির্বাচিত লেখায় লেবেল বসে</translation>
    </message>
    <message>
        <source>Curation — {title}</source>
        <translation>চূড়ান্তকরণ — {title}</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>পূর্বাবস্থায় ফেরান</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>আবার করুন</translation>
    </message>
    <message>
        <source>Accept into gold (A)</source>
        <translation>চূড়ান্ত স্তরে গ্রহণ করুন (A)</translation>
    </message>
    <message>
        <source>Accept all agreed (Ctrl+Shift+A)</source>
        <translation>সবাই একমত এমন সব গ্রহণ করুন (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Remove from gold (Del)</source>
        <translation>চূড়ান্ত স্তর থেকে সরান (Del)</translation>
    </message>
    <message>
        <source>Switch between the merged table and side-by-side panes</source>
        <translation>একত্রিত সারণি আর পাশাপাশি ঘরের মধ্যে বদল করুন</translation>
    </message>
    <message>
        <source>Switch the main window to the gold layer of this document, to edit it there</source>
        <translation>মূল জানালায় এই নথির চূড়ান্ত স্তর খুলুন, সেখানে সম্পাদনা করতে</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>বন্ধ করুন</translation>
    </message>
    <message>
        <source>No annotator left a note on this document</source>
        <translation>এই নথিতে কোনো টীকাকার মন্তব্য রাখেননি</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>সংযোগ</translation>
    </message>
    <message>
        <source>gold</source>
        <translation>চূড়ান্ত স্তর</translation>
    </message>
    <message>
        <source>{label} “{text}” from {who}: A accepts it into gold, Del removes it from gold</source>
        <translation>{who}-এর {label} “{text}”: A চাপলে চূড়ান্ত স্তরে গৃহীত হয়, Del চাপলে চূড়ান্ত স্তর থেকে সরে যায়</translation>
    </message>
    <message>
        <source>labeled {label} “{text}” in gold</source>
        <translation>চূড়ান্ত স্তরে “{text}”-এ {label} লেবেল দেওয়া হয়েছে</translation>
    </message>
    <message>
        <source>select text or a gold span, then press a label key</source>
        <translation>লেখা বা চূড়ান্ত স্তরের একটি অংশ বেছে নিন, তারপর লেবেলের কী চাপুন</translation>
    </message>
    <message>
        <source>relabeled “{text}” as {label} in gold</source>
        <translation>চূড়ান্ত স্তরে “{text}”-এর লেবেল বদলে {label} করা হয়েছে</translation>
    </message>
    <message>
        <source>no main window to open the gold layer in</source>
        <translation>চূড়ান্ত স্তর খোলার মতো কোনো মূল জানালা নেই</translation>
    </message>
    <message>
        <source>the main window now edits the gold layer; this view refreshes when you come back</source>
        <translation>মূল জানালায় এখন চূড়ান্ত স্তর সম্পাদনা হচ্ছে; ফিরে এলে এই দৃশ্য হালনাগাদ হবে</translation>
    </message>
    <message>
        <source>accepted the {relation} relation</source>
        <translation>{relation} সংযোগটি গৃহীত হয়েছে</translation>
    </message>
    <message>
        <source>accepted {label} “{text}” from {who}</source>
        <translation>{who}-এর {label} “{text}” গৃহীত হয়েছে</translation>
    </message>
    <message>
        <source>accepted {spans} agreed spans and {relations} relations</source>
        <translation>সবাই একমত এমন {spans}টি অংশ ও {relations}টি সংযোগ গৃহীত হয়েছে</translation>
    </message>
    <message>
        <source>removed {label} “{text}” from gold</source>
        <translation>চূড়ান্ত স্তর থেকে {label} “{text}” সরানো হয়েছে</translation>
    </message>
</context>
<context>
    <name>CurationModel</name>
    <message>
        <source>Span</source>
        <translation>অংশ</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>লেখা</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>লেবেল</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>চূড়ান্ত স্তর</translation>
    </message>
    <message>
        <source>nobody (gold only)</source>
        <translation>কেউ নন (কেবল চূড়ান্ত স্তরে)</translation>
    </message>
    <message>
        <source>{label} {range}, marked by {who}</source>
        <translation>{label} {range}, চিহ্নিত করেছেন {who}</translation>
    </message>
</context>
<context>
    <name>DeleteRelation</name>
    <message>
        <source>unlink {type}</source>
        <translation>{type} সংযোগ মুছুন</translation>
    </message>
</context>
<context>
    <name>DocumentAgreementModel</name>
    <message>
        <source>Document</source>
        <translation>নথি</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>শিরোনাম</translation>
    </message>
    <message>
        <source>Annotators</source>
        <translation>টীকাকার</translation>
    </message>
</context>
<context>
    <name>DocumentList</name>
    <message>
        <source>new</source>
        <translation>নতুন</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>চলছে</translation>
    </message>
    <message>
        <source>done</source>
        <translation>সম্পন্ন</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>বাদ দেওয়া</translation>
    </message>
    <message>
        <source>Import order</source>
        <translation>আমদানির ক্রম</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>শিরোনাম</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>অবস্থা</translation>
    </message>
    <message>
        <source>Span count</source>
        <translation>অংশের সংখ্যা</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>শেষ পরিবর্তন</translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>অংশ</translation>
    </message>
    <message>
        <source>All</source>
        <translation>সব</translation>
    </message>
</context>
<context>
    <name>DocumentListPanel</name>
    <message>
        <source>Filter by title or text…</source>
        <translation>শিরোনাম বা লেখা দিয়ে ছাঁকুন…</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>আমাকে দেওয়া</translation>
    </message>
    <message>
        <source>Only the documents the project&apos;s assignment gives you</source>
        <translation>প্রকল্পের বণ্টনে শুধু আপনাকে দেওয়া নথিগুলো</translation>
    </message>
    <message>
        <source>Order of the document list</source>
        <translation>নথির তালিকার ক্রম</translation>
    </message>
</context>
<context>
    <name>EditedAfterDone</name>
    <message>
        <source>Keep done</source>
        <translation>সম্পন্নই থাকুক</translation>
    </message>
    <message>
        <source>Mark in progress</source>
        <translation>চলছে হিসেবে চিহ্নিত করুন</translation>
    </message>
    <message>
        <source>Edited after done at {moment:%H:%M} ({moment:%Y-%m-%d}): keep it done, or mark it in progress so it is counted as unfinished?</source>
        <translation>সম্পন্ন হওয়ার পর {moment:%H:%M}-এ ({moment:%Y-%m-%d}) সম্পাদনা হয়েছে: সম্পন্নই রাখবেন, নাকি অসমাপ্ত হিসেবে গোনার জন্য ‘চলছে’ চিহ্নিত করবেন?</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>error</source>
        <translation>ত্রুটি দেখিয়ে থামুন</translation>
    </message>
    <message>
        <source>longest</source>
        <translation>দীর্ঘতমটি রাখুন</translation>
    </message>
    <message>
        <source>first</source>
        <translation>প্রথমটি রাখুন</translation>
    </message>
    <message>
        <source>The folder is not empty</source>
        <translation>ফোল্ডারটি ফাঁকা নয়</translation>
    </message>
    <message>
        <source>{folder} already holds {n} file(s) from an earlier export: {shown}

Old files next to new ones (data.conll beside train/dev/test.conll) are easily mistaken for part of this dataset.</source>
        <translation>{folder}-এ আগের রপ্তানির {n}টি ফাইল আছে: {shown}

নতুন ফাইলের পাশে পুরোনো ফাইল (train/dev/test.conll-এর পাশে data.conll) সহজেই এই ডেটাসেটের অংশ বলে ভুল হয়।</translation>
    </message>
    <message>
        <source>Remove them and export</source>
        <translation>সেগুলো সরিয়ে রপ্তানি করুন</translation>
    </message>
    <message>
        <source>Export next to them</source>
        <translation>সেগুলোর পাশেই রপ্তানি করুন</translation>
    </message>
    <message>
        <source>warning: the {name} split is empty (too few documents for its share); its file holds nothing</source>
        <translation>সতর্কতা: {name} ভাগটি ফাঁকা (এর অনুপাতের জন্য নথি খুব কম); এর ফাইলে কিছু নেই</translation>
    </message>
    <message>
        <source>{documents} documents, {records} records</source>
        <translation>{documents}টি নথি, {records}টি রেকর্ড</translation>
    </message>
    <message>
        <source>{split}: {documents} documents; {counts}</source>
        <translation>{split}: {documents}টি নথি; {counts}</translation>
    </message>
    <message>
        <source>{expanded} spans expanded to whole tokens; {overlaps} overlapping spans left out</source>
        <translation>{expanded}টি অংশ পুরো টোকেন পর্যন্ত বাড়ানো হয়েছে; {overlaps}টি উপরিপাতিত অংশ বাদ পড়েছে</translation>
    </message>
    <message>
        <source>dropped {n} {reason}</source>
        <translation>বাদ পড়েছে {n}টি: {reason}</translation>
    </message>
    <message>
        <source>warning: {n} spans do not align with spaCy&apos;s bn tokenizer (listed in the card): {examples}</source>
        <translation>সতর্কতা: {n}টি অংশ spaCy-র bn টোকেনাইজারের সঙ্গে মেলে না (কার্ডে তালিকা আছে): {examples}</translation>
    </message>
    <message>
        <source>wrote {path}</source>
        <translation>লেখা হয়েছে {path}</translation>
    </message>
    <message>
        <source>... and {n} more files</source>
        <translation>... এবং আরও {n}টি ফাইল</translation>
    </message>
    <message>
        <source>card {path}</source>
        <translation>কার্ড {path}</translation>
    </message>
    <message>
        <source>config {path}</source>
        <translation>কনফিগ {path}</translation>
    </message>
    <message>
        <source>Export dataset</source>
        <translation>ডেটাসেট রপ্তানি</translation>
    </message>
    <message>
        <source>every annotator</source>
        <translation>সব টীকাকার</translation>
    </message>
    <message>
        <source>Gold (adjudicated) layer</source>
        <translation>চূড়ান্ত স্তর (চূড়ান্তকরণের পরে)</translation>
    </message>
    <message>
        <source>done</source>
        <translation>সম্পন্ন</translation>
    </message>
    <message>
        <source>any</source>
        <translation>যেকোনো</translation>
    </message>
    <message>
        <source>every label (or PER,ORG,...)</source>
        <translation>সব লেবেল (অথবা PER,ORG,...)</translation>
    </message>
    <message>
        <source>Overlapping spans in a token-level format: error stops the export and lists them, longest keeps the longest, first keeps the one that starts first</source>
        <translation>টোকেন-স্তরের ফরম্যাটে উপরিপাতিত অংশ: ‘ত্রুটি দেখিয়ে থামুন’ রপ্তানি থামিয়ে সেগুলোর তালিকা দেয়, ‘দীর্ঘতমটি রাখুন’ সবচেয়ে দীর্ঘটি রাখে, ‘প্রথমটি রাখুন’ যেটি আগে শুরু হয় সেটি রাখে</translation>
    </message>
    <message>
        <source>codepoint</source>
        <translation>কোডপয়েন্ট</translation>
    </message>
    <message>
        <source>utf16</source>
        <translation>UTF-16</translation>
    </message>
    <message>
        <source>relation</source>
        <translation>সত্তা ও সংযোগ (relation)</translation>
    </message>
    <message>
        <source>sequence</source>
        <translation>ক্রম-লেবেলিং (sequence)</translation>
    </message>
    <message>
        <source>relation: entities and relations; sequence: the &apos;label&apos; column a sequence-labeling project reads</source>
        <translation>relation: সত্তা ও সংযোগ; sequence: ক্রম-লেবেলিং প্রকল্প যে &apos;label&apos; কলাম পড়ে</translation>
    </message>
    <message>
        <source>The licence written to the dataset card, e.g. cc-by-4.0</source>
        <translation>ডেটাসেট কার্ডে লেখা লাইসেন্স, যেমন cc-by-4.0</translation>
    </message>
    <message>
        <source>train=0.8,dev=0.1,test=0.1 (empty: one file)</source>
        <translation>train=0.8,dev=0.1,test=0.1 (ফাঁকা: একটি ফাইল)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>খুঁজে দেখুন…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>ফরম্যাট</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>প্রকল্প</translation>
    </message>
    <message>
        <source>Annotator&apos;s layer</source>
        <translation>টীকাকারের স্তর</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>অবস্থা</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>লেবেল</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ধরন</translation>
    </message>
    <message>
        <source>Overlaps</source>
        <translation>উপরিপাতন</translation>
    </message>
    <message>
        <source>Offsets</source>
        <translation>অবস্থান গণনা</translation>
    </message>
    <message>
        <source>doccano shape</source>
        <translation>doccano-র গঠন</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>লাইসেন্স</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>ভাগ</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>সিড</translation>
    </message>
    <message>
        <source>Target folder</source>
        <translation>গন্তব্য ফোল্ডার</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>রপ্তানি</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>বন্ধ করুন</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>ফোল্ডার খুলুন</translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation>যে ফোল্ডারে রপ্তানি হবে</translation>
    </message>
    <message>
        <source>Choose a target folder first.</source>
        <translation>আগে একটি গন্তব্য ফোল্ডার বেছে নিন।</translation>
    </message>
    <message>
        <source>Could not remove {name}: {reason}</source>
        <translation>{name} সরানো গেল না: {reason}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>বাতিল</translation>
    </message>
    <message>
        <source>Empty splits</source>
        <translation>ফাঁকা ভাগ</translation>
    </message>
    <message>
        <source>No document went into {splits}: the project has too few documents for those shares. Change the split or export more documents.</source>
        <translation>{splits}-এ কোনো নথি যায়নি: ওই অনুপাতের জন্য প্রকল্পে নথি খুব কম। ভাগ বদলান অথবা আরও নথি রপ্তানি করুন।</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Whole word</source>
        <translation>পুরো শব্দ</translation>
    </message>
    <message>
        <source>Word + suffixes</source>
        <translation>শব্দ + বিভক্তি</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>যেকোনো জায়গায়</translation>
    </message>
    <message>
        <source>Find in document…</source>
        <translation>নথিতে খুঁজুন…</translation>
    </message>
    <message>
        <source>Whole word: কিম finds কিম, not কিমের.
Word + suffixes: কিম also finds কিমের, কিমকে; the match covers the whole word.
Anywhere: also inside words (widened to whole letters).</source>
        <translation>পুরো শব্দ: কিম খুঁজলে কিম পাওয়া যায়, কিমের নয়।
শব্দ + বিভক্তি: কিম খুঁজলে কিমের, কিমকেও পাওয়া যায়; মিলটি পুরো শব্দ জুড়ে থাকে।
যেকোনো জায়গায়: শব্দের ভেতরেও (পুরো বর্ণ পর্যন্ত বাড়িয়ে)।</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>পরেরটি</translation>
    </message>
    <message>
        <source>Label all…</source>
        <translation>সবগুলোতে লেবেল…</translation>
    </message>
    <message>
        <source>{n_matches} found</source>
        <translation>{n_matches}টি পাওয়া গেছে</translation>
    </message>
    <message>
        <source>{value} of {n_matches}</source>
        <translation>{n_matches}টির মধ্যে {value}</translation>
    </message>
    <message>
        <source>Label match {number} of {total} as {label}: “{text}”</source>
        <translation>{total}টির মধ্যে {number} নম্বর মিলে {label} লেবেল দেবেন: “{text}”</translation>
    </message>
    <message>
        <source>(found “{query}”; the span covers the whole word “{text}”)</source>
        <translation>(পাওয়া গেছে “{query}”; অংশটি পুরো শব্দ “{text}” জুড়ে)</translation>
    </message>
    <message>
        <source>Label as {label}? ({number} of {total})</source>
        <translation>{label} লেবেল দেবেন? ({total}টির মধ্যে {number})</translation>
    </message>
</context>
<context>
    <name>FlowCommands</name>
    <message>
        <source>Annotator</source>
        <translation>Annotator</translation>
    </message>
    <message>
        <source>document {id}</source>
        <translation>নথি {id}</translation>
    </message>
    <message>
        <source>{title} — Annotator</source>
        <translation>{title} — Annotator</translation>
    </message>
    <message>
        <source>The document stays done (Ctrl+Z undoes the edit if it was wrong)</source>
        <translation>নথিটি সম্পন্নই থাকল (সম্পাদনা ভুল হলে Ctrl+Z দিয়ে ফেরানো যাবে)</translation>
    </message>
    <message>
        <source>Select a span first; its note is edited under the span details</source>
        <translation>আগে একটি অংশ নির্বাচন করুন; তার মন্তব্য অংশের বিবরণের নিচে সম্পাদনা করা যায়</translation>
    </message>
    <message>
        <source>Note saved</source>
        <translation>মন্তব্য রাখা হয়েছে</translation>
    </message>
    <message>
        <source>Note removed</source>
        <translation>মন্তব্য মুছে ফেলা হয়েছে</translation>
    </message>
    <message>
        <source>Font of the document text</source>
        <translation>নথির লেখার ফন্ট</translation>
    </message>
    <message>
        <source>Recent &amp;databases</source>
        <translation>সাম্প্রতিক ডেটাবেস</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>ডেটাবেস খুলুন</translation>
    </message>
    <message>
        <source>Annotator databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Annotator ডেটাবেস (*.sqlite3 *.sqlite *.db);;সব ফাইল (*)</translation>
    </message>
    <message>
        <source>this window cannot open another database</source>
        <translation>এই জানালা অন্য ডেটাবেস খুলতে পারে না</translation>
    </message>
    <message>
        <source>{path} does not exist any more</source>
        <translation>{path} আর নেই</translation>
    </message>
    <message>
        <source>cannot open {path}: {exc}</source>
        <translation>{path} খোলা গেল না: {exc}</translation>
    </message>
</context>
<context>
    <name>Guidelines</name>
    <message>
        <source>keeps quote marks and danda you select</source>
        <translation>আপনার নির্বাচিত উদ্ধৃতিচিহ্ন ও দাঁড়ি রেখে দেয়</translation>
    </message>
    <message>
        <source>drops surrounding punctuation</source>
        <translation>দুই পাশের যতিচিহ্ন বাদ দেয়</translation>
    </message>
    <message>
        <source>entity</source>
        <translation>সত্তা</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>উদ্ধৃতি</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>দাবি</translation>
    </message>
    <message>
        <source>cue</source>
        <translation>সূচক ক্রিয়া</translation>
    </message>
    <message>
        <source>e.g. {examples}</source>
        <translation>যেমন {examples}</translation>
    </message>
    <message>
        <source>Key: {key}</source>
        <translation>কী: {key}</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>কোনো প্রকল্প খোলা নেই।</translation>
    </message>
    <message>
        <source> · key {key}</source>
        <translation> · কী {key}</translation>
    </message>
    <message>
        <source>(no definition in the schema yet)</source>
        <translation>(লেবেল-কাঠামোতে এখনও কোনো সংজ্ঞা নেই)</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>উদাহরণ:</translation>
    </message>
    <message>
        <source>Selection: {rule}.</source>
        <translation>নির্বাচন: {rule}।</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>সংযোগ</translation>
    </message>
    <message>
        <source> (key {key})</source>
        <translation> (কী {key})</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>কিবোর্ডের শর্টকাট</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>মেনু</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>কাজ</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>কী</translation>
    </message>
    <message>
        <source>Span edges: Ctrl+←/→ move the end by a word (a danda or quote mark is a step of its own), Alt+←/→ by one letter, Ctrl+Shift+←/→ move the start; or drag the handles on the selected span&apos;s edges.</source>
        <translation>অংশের প্রান্ত: Ctrl+←/→ শেষপ্রান্ত এক শব্দ সরায় (দাঁড়ি বা উদ্ধৃতিচিহ্ন আলাদা এক ধাপ), Alt+←/→ এক বর্ণ, Ctrl+Shift+←/→ শুরু সরায়; অথবা নির্বাচিত অংশের প্রান্তের হাতল টেনে নিন।</translation>
    </message>
    <message>
        <source>About Annotator</source>
        <translation>Annotator সম্পর্কে</translation>
    </message>
    <message>
        <source>Annotator {version}

Label Bengali news articles: entities, quotes with their speakers, claims with their claimants; export training datasets.

Database: {database}</source>
        <translation>Annotator {version}

বাংলা সংবাদ নিবন্ধে লেবেল দিন: সত্তা, বক্তাসহ উদ্ধৃতি, দাবিকারীসহ দাবি; প্রশিক্ষণের ডেটাসেট রপ্তানি করুন।

ডেটাবেস: {database}</translation>
    </message>
</context>
<context>
    <name>HitTableModel</name>
    <message>
        <source>Document</source>
        <translation>নথি</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>আগে</translation>
    </message>
    <message>
        <source>Hit</source>
        <translation>মিল</translation>
    </message>
    <message>
        <source>After</source>
        <translation>পরে</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>clusters</source>
        <translation>বর্ণ</translation>
    </message>
    <message>
        <source>words</source>
        <translation>শব্দ</translation>
    </message>
    <message>
        <source>({spans} spans, {relations} relations)</source>
        <translation>({spans}টি অংশ, {relations}টি সংযোগ)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>আমদানি</translation>
    </message>
    <message>
        <source>.txt, .docx, JSONL or other tools&apos; files, or a folder (separate several with ;)</source>
        <translation>.txt, .docx, JSONL বা অন্য টুলের ফাইল, অথবা একটি ফোল্ডার (একাধিক হলে ; দিয়ে আলাদা করুন)</translation>
    </message>
    <message>
        <source>Files…</source>
        <translation>ফাইল…</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>ফোল্ডার…</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>স্বয়ংক্রিয়</translation>
    </message>
    <message>
        <source>utf16</source>
        <translation>UTF-16</translation>
    </message>
    <message>
        <source>codepoint</source>
        <translation>কোডপয়েন্ট</translation>
    </message>
    <message>
        <source>off</source>
        <translation>বন্ধ</translation>
    </message>
    <message>
        <source>Spans of other tools that cut a letter (the stem পুতিন in পুতিনের) are refused;
&apos;clusters&apos; grows them to whole letters, &apos;words&apos; to whole words.</source>
        <translation>অন্য টুলের যে অংশ কোনো বর্ণ কেটে ফেলে (পুতিনের-এর ভেতরে মূল পুতিন) তা নেওয়া হয় না;
‘বর্ণ’ সেগুলো পুরো বর্ণ পর্যন্ত, ‘শব্দ’ পুরো শব্দ পর্যন্ত বাড়ায়।</translation>
    </message>
    <message>
        <source>Normalize texts (NFC, LF) and remap their spans</source>
        <translation>লেখা নর্মালাইজ করুন (NFC, LF) এবং অংশগুলোর অবস্থান মিলিয়ে নিন</translation>
    </message>
    <message>
        <source>Convert text typed in Bijoy (SutonnyMJ) to Unicode</source>
        <translation>বিজয়ে (SutonnyMJ) টাইপ করা লেখা ইউনিকোডে রূপান্তর করুন</translation>
    </message>
    <message>
        <source>Old newsroom files typed with a Bijoy keyboard look like &apos;Avgvi †mvbvi evsjv&apos;.
Word files set in SutonnyMJ are converted anyway: their font says what they are.</source>
        <translation>বিজয় কিবোর্ডে টাইপ করা পুরোনো বার্তাকক্ষের ফাইল দেখতে &apos;Avgvi †mvbvi evsjv&apos;-এর মতো।
SutonnyMJ ফন্টের Word ফাইল এমনিতেই রূপান্তরিত হয়: ফন্টই বলে দেয় সেগুলো কী।</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>উৎস</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>ফরম্যাট</translation>
    </message>
    <message>
        <source>Offsets</source>
        <translation>অবস্থান গণনা</translation>
    </message>
    <message>
        <source>Snap spans</source>
        <translation>অংশ মিলিয়ে নিন</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>প্রকল্প</translation>
    </message>
    <message>
        <source>Annotator&apos;s layer</source>
        <translation>টীকাকারের স্তর</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>পূর্বরূপ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>বন্ধ করুন</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>ফাইল আমদানি</translation>
    </message>
    <message>
        <source>Import folder</source>
        <translation>ফোল্ডার আমদানি</translation>
    </message>
    <message>
        <source>Choose files or a folder first.</source>
        <translation>আগে ফাইল বা একটি ফোল্ডার বেছে নিন।</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>পড়া হচ্ছে…</translation>
    </message>
    <message>
        <source>{total} valid records; first {n}:</source>
        <translation>{total}টি বৈধ রেকর্ড; প্রথম {n}টি:</translation>
    </message>
    <message>
        <source>Converted from Bijoy (check that it reads as Bengali):</source>
        <translation>বিজয় থেকে রূপান্তরিত (বাংলা হিসেবে পড়া যায় কি না দেখে নিন):</translation>
    </message>
    <message>
        <source>{n} texts are typed in Bijoy (legacy SutonnyMJ); tick “Convert text typed in Bijoy” and preview again to convert them:</source>
        <translation>{n}টি লেখা বিজয়ে (পুরোনো SutonnyMJ) টাইপ করা; রূপান্তর করতে “বিজয়ে টাইপ করা লেখা রূপান্তর করুন” টিক দিয়ে আবার পূর্বরূপ দেখুন:</translation>
    </message>
    <message>
        <source>{n} errors (nothing is imported until they are fixed):</source>
        <translation>{n}টি ত্রুটি (এগুলো ঠিক না হওয়া পর্যন্ত কিছুই আমদানি হবে না):</translation>
    </message>
    <message>
        <source>imported {documents} documents ({duplicates} already present), {spans} spans, {relations} relations</source>
        <translation>আমদানি হয়েছে {documents}টি নথি (আগে থেকেই ছিল {duplicates}টি), {spans}টি অংশ, {relations}টি সংযোগ</translation>
    </message>
    <message>
        <source>snapped {n} spans to whole {unit}:</source>
        <translation>{n}টি অংশ পুরো {unit} পর্যন্ত মেলানো হয়েছে:</translation>
    </message>
    <message>
        <source>warning: {hint}</source>
        <translation>সতর্কতা: {hint}</translation>
    </message>
    <message>
        <source>Nothing was imported.
{message}</source>
        <translation>কিছুই আমদানি হয়নি।
{message}</translation>
    </message>
</context>
<context>
    <name>LabelAgreementModel</name>
    <message>
        <source>Label</source>
        <translation>লেবেল</translation>
    </message>
    <message>
        <source>Exact P</source>
        <translation>হুবহু P</translation>
    </message>
    <message>
        <source>Exact R</source>
        <translation>হুবহু R</translation>
    </message>
    <message>
        <source>Exact F1</source>
        <translation>হুবহু F1</translation>
    </message>
    <message>
        <source>Overlap P</source>
        <translation>আংশিক মিল P</translation>
    </message>
    <message>
        <source>Overlap R</source>
        <translation>আংশিক মিল R</translation>
    </message>
    <message>
        <source>Overlap F1</source>
        <translation>আংশিক মিল F1</translation>
    </message>
    <message>
        <source>Spans a</source>
        <translation>অংশ (ক)</translation>
    </message>
    <message>
        <source>Spans b</source>
        <translation>অংশ (খ)</translation>
    </message>
</context>
<context>
    <name>LabelTableModel</name>
    <message>
        <source>Name</source>
        <translation>নাম</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ধরন</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>রং</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>কী</translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation>নির্দেশিকা</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>বৈশিষ্ট্য</translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>অংশ</translation>
    </message>
</context>
<context>
    <name>Labeler</name>
    <message>
        <source>The database is read-only: labels, links, attributes and status cannot change</source>
        <translation>ডেটাবেসটি শুধু পড়ার জন্য: লেবেল, সংযোগ, বৈশিষ্ট্য ও অবস্থা বদলানো যাবে না</translation>
    </message>
    <message>
        <source>Nothing to label: the selection holds only spaces or punctuation</source>
        <translation>লেবেল দেওয়ার কিছু নেই: নির্বাচনে শুধু ফাঁকা জায়গা বা যতিচিহ্ন</translation>
    </message>
    <message>
        <source>Select some text first (drag, double-click or Shift+arrows)</source>
        <translation>আগে কিছু লেখা নির্বাচন করুন (টেনে, দুবার ক্লিক করে বা Shift+তীরচিহ্ন দিয়ে)</translation>
    </message>
    <message>
        <source>relabel {label} → {name}</source>
        <translation>লেবেল বদল {label} → {name}</translation>
    </message>
    <message>
        <source>No span selected</source>
        <translation>কোনো অংশ নির্বাচিত নয়</translation>
    </message>
    <message>
        <source>edit attributes</source>
        <translation>বৈশিষ্ট্য সম্পাদনা</translation>
    </message>
    <message>
        <source>Select a span first (click it or Tab to it), then resize it</source>
        <translation>আগে একটি অংশ নির্বাচন করুন (ক্লিক করে বা Tab দিয়ে), তারপর তার সীমা বদলান</translation>
    </message>
    <message>
        <source>The span is as small as it can be; Delete removes it</source>
        <translation>অংশটি আর ছোট করা যায় না; Delete চাপলে মুছে যাবে</translation>
    </message>
    <message>
        <source>Nothing more to add at the end of the text</source>
        <translation>লেখার শেষে আর যোগ করার কিছু নেই</translation>
    </message>
    <message>
        <source>Nothing more to add at the start of the text</source>
        <translation>লেখার শুরুতে আর যোগ করার কিছু নেই</translation>
    </message>
    <message>
        <source>grow span</source>
        <translation>অংশ বাড়ানো</translation>
    </message>
    <message>
        <source>shrink span</source>
        <translation>অংশ কমানো</translation>
    </message>
    <message>
        <source>resize span</source>
        <translation>অংশের সীমা বদল</translation>
    </message>
    <message>
        <source>Select a {value} first, then press {value2} to link its {name}</source>
        <translation>আগে একটি {value} নির্বাচন করুন, তারপর তার {name} যুক্ত করতে {value2} চাপুন</translation>
    </message>
    <message>
        <source>No {value} span to link as {rel_type}; label one first</source>
        <translation>{rel_type} হিসেবে যুক্ত করার মতো কোনো {value} অংশ নেই; আগে একটিতে লেবেল দিন</translation>
    </message>
    <message>
        <source>&lt;b&gt;{rel_type}&lt;/b&gt; of {label} ‘{value}’: {value2}, nearest first</source>
        <translation>{label} ‘{value}’-এর &lt;b&gt;{rel_type}&lt;/b&gt;: {value2}, কাছেরটি আগে</translation>
    </message>
    <message>
        <source>Pick the {rel_type}: type to filter, ↑/↓ nearest first, Tab / Shift+Tab in text order, Enter links, Esc cancels</source>
        <translation>{rel_type} বেছে নিন: ছাঁকতে লিখুন, ↑/↓ কাছেরটি আগে, Tab / Shift+Tab লেখার ক্রমে, Enter যুক্ত করে, Esc বাতিল করে</translation>
    </message>
    <message>
        <source>Press Tab to move to a span first</source>
        <translation>আগে Tab চেপে একটি অংশে যান</translation>
    </message>
    <message>
        <source>Linked {rel_type}</source>
        <translation>{rel_type} যুক্ত হলো</translation>
    </message>
    <message>
        <source>Link cancelled</source>
        <translation>সংযোগ বাতিল</translation>
    </message>
    <message>
        <source>label all: {count} × {first}</source>
        <translation>সবগুলোতে লেবেল: {count} × {first}</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>The language stays as it is.</source>
        <translation>ভাষা যেমন আছে তেমনই থাকবে।</translation>
    </message>
</context>
<context>
    <name>LayerPane</name>
    <message>
        <source>{annotator} — {n} spans</source>
        <translation>{annotator} — {n}টি অংশ</translation>
    </message>
    <message>
        <source>gold layer — {n} spans</source>
        <translation>চূড়ান্ত স্তর — {n}টি অংশ</translation>
    </message>
    <message>
        <source>{annotator} — {n} spans, {disputed} disputed</source>
        <translation>{annotator} — {n}টি অংশ, মতভেদ {disputed}টিতে</translation>
    </message>
</context>
<context>
    <name>LinkOverlay</name>
    <message>
        <source>{arrow} {relation} of: {words}</source>
        <translation>{arrow} যার {relation}: {words}</translation>
    </message>
    <message>
        <source>{arrow} {relation}: {words}</source>
        <translation>{arrow} {relation}: {words}</translation>
    </message>
</context>
<context>
    <name>LinkPicker</name>
    <message>
        <source>Type to filter (কিম or kim)…</source>
        <translation>ছাঁকতে লিখুন (কিম বা kim)…</translation>
    </message>
    <message>
        <source>Enter links · Esc cancels · ↑↓ nearest first · Tab/Shift+Tab text order</source>
        <translation>Enter যুক্ত করে · Esc বাতিল করে · ↑↓ সবচেয়ে কাছেরটি আগে · Tab/Shift+Tab লেখার ক্রমে</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Annotator</source>
        <translation>Annotator</translation>
    </message>
    <message>
        <source>Every quote and claim has its speaker or claimant</source>
        <translation>প্রতিটি উদ্ধৃতি ও দাবির বক্তা বা দাবিকারী আছে</translation>
    </message>
    <message>
        <source>{n_spans} quote(s) or claim(s) without a speaker or claimant (marked ? in the text); F8 / Shift+F8 for the next / previous</source>
        <translation>বক্তা বা দাবিকারী ছাড়া {n_spans}টি উদ্ধৃতি বা দাবি (লেখায় ? দিয়ে চিহ্নিত); পরেরটি / আগেরটির জন্য F8 / Shift+F8</translation>
    </message>
    <message>
        <source>This database has no project yet: import documents with File &gt; Import…</source>
        <translation>এই ডেটাবেসে এখনো কোনো প্রকল্প নেই: ফাইল &gt; আমদানি… দিয়ে নথি আনুন</translation>
    </message>
    <message>
        <source>This project has no documents yet: File &gt; Import… adds some</source>
        <translation>এই প্রকল্পে এখনো কোনো নথি নেই: ফাইল &gt; আমদানি… দিয়ে যোগ করুন</translation>
    </message>
    <message>
        <source>Cannot open the document: {exc}</source>
        <translation>নথিটি খোলা যাচ্ছে না: {exc}</translation>
    </message>
    <message>
        <source>Sample article: {adopted_from}&apos;s labels are now yours to edit</source>
        <translation>নমুনা প্রবন্ধ: {adopted_from}-এর লেবেলগুলো এখন আপনি সম্পাদনা করতে পারেন</translation>
    </message>
    <message>
        <source>Showing {preview_of}&apos;s labels read-only (the database is read-only)</source>
        <translation>{preview_of}-এর লেবেল শুধু দেখার জন্য দেখানো হচ্ছে (ডেটাবেসটি শুধু পড়ার জন্য)</translation>
    </message>
    <message>
        <source>Select a span with attributes first</source>
        <translation>আগে বৈশিষ্ট্যসহ একটি অংশ নির্বাচন করুন</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>আবার করার কিছু নেই</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>ফেরানোর কিছু নেই</translation>
    </message>
    <message>
        <source>Redid: {step}</source>
        <translation>আবার করা হলো: {step}</translation>
    </message>
    <message>
        <source>Undid: {step}</source>
        <translation>ফেরানো হলো: {step}</translation>
    </message>
    <message>
        <source>Labelled {made} of {n_matches} matches as {label}</source>
        <translation>{n_matches}টি মিলের মধ্যে {made}টিতে {label} লেবেল দেওয়া হলো</translation>
    </message>
    <message>
        <source> (Ctrl+Z undoes them all)</source>
        <translation> (Ctrl+Z সবগুলো একসঙ্গে ফেরায়)</translation>
    </message>
    <message>
        <source>Not saved: {message}</source>
        <translation>রাখা হয়নি: {message}</translation>
    </message>
    <message>
        <source>Edit not saved</source>
        <translation>সম্পাদনা রাখা হয়নি</translation>
    </message>
</context>
<context>
    <name>MenuCommands</name>
    <message>
        <source>Annotator</source>
        <translation>Annotator</translation>
    </message>
    <message>
        <source>Your name (recorded with every edit):</source>
        <translation>আপনার নাম (প্রতিটি সম্পাদনার সঙ্গে লেখা থাকবে):</translation>
    </message>
    <message>
        <source>No project yet: import documents first</source>
        <translation>এখনো কোনো প্রকল্প নেই: আগে নথি আমদানি করুন</translation>
    </message>
    <message>
        <source>Open a document to curate first</source>
        <translation>চূড়ান্তকরণের জন্য আগে একটি নথি খুলুন</translation>
    </message>
    <message>
        <source>Independent annotation on: each annotator sees only their own layer</source>
        <translation>স্বাধীন টীকাকরণ চালু: প্রত্যেক টীকাকার শুধু নিজের স্তর দেখবেন</translation>
    </message>
    <message>
        <source>Independent annotation off</source>
        <translation>স্বাধীন টীকাকরণ বন্ধ</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>No more documents</source>
        <translation>আর কোনো নথি নেই</translation>
    </message>
    <message>
        <source>Every document is done</source>
        <translation>সব নথি সম্পন্ন</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>A note on this document</source>
        <translation>এই নথি নিয়ে একটি মন্তব্য</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>মন্তব্য যোগ করুন</translation>
    </message>
    <message>
        <source>Search the project&apos;s notes…</source>
        <translation>প্রকল্পের মন্তব্যে খুঁজুন…</translation>
    </message>
    <message>
        <source>Notes on this document (double-click to edit)</source>
        <translation>এই নথির মন্তব্য (সম্পাদনা করতে দুবার ক্লিক করুন)</translation>
    </message>
    <message>
        <source>No note contains that text</source>
        <translation>কোনো মন্তব্যে এই লেখা নেই</translation>
    </message>
    <message>
        <source>Save (empty deletes)</source>
        <translation>সংরক্ষণ করুন (ফাঁকা রাখলে মুছে যায়)</translation>
    </message>
</context>
<context>
    <name>OpenChecks</name>
    <message>
        <source>Backing up and checking the database in the background…</source>
        <translation>পেছনে ডেটাবেসের ব্যাকআপ ও পরীক্ষা চলছে…</translation>
    </message>
    <message>
        <source>Checking the database in the background…</source>
        <translation>পেছনে ডেটাবেস পরীক্ষা চলছে…</translation>
    </message>
    <message>
        <source>The database check found problems (see the banner)</source>
        <translation>ডেটাবেস পরীক্ষায় সমস্যা পাওয়া গেছে (ওপরের বার্তা দেখুন)</translation>
    </message>
    <message>
        <source>Database checked; today&apos;s backup: {name}</source>
        <translation>ডেটাবেস পরীক্ষা হয়েছে; আজকের ব্যাকআপ: {name}</translation>
    </message>
    <message>
        <source>Database checked</source>
        <translation>ডেটাবেস পরীক্ষা হয়েছে</translation>
    </message>
    <message>
        <source>the check could not run: {reason}</source>
        <translation>পরীক্ষা চালানো যায়নি: {reason}</translation>
    </message>
    <message>
        <source>The background check failed: {reason}</source>
        <translation>পেছনের পরীক্ষা ব্যর্থ হয়েছে: {reason}</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>Documents</source>
        <translation>নথি</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>লেবেল</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>বিবরণ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>মন্তব্য</translation>
    </message>
    <message>
        <source>Guidelines</source>
        <translation>নির্দেশিকা</translation>
    </message>
    <message>
        <source>Referents</source>
        <translation>উল্লেখিত সত্তা</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>টীকা</translation>
    </message>
</context>
<context>
    <name>ProjectSwitcher</name>
    <message>
        <source>Project: its documents and label schema</source>
        <translation>প্রকল্প: তার নথি ও লেবেল-কাঠামো</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ঠিক আছে</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>সংরক্ষণ করুন</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>খুলুন</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>হ্যাঁ</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>না</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>বন্ধ করুন</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>বাতিল</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>বাদ দিন</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>প্রয়োগ করুন</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>সহায়তা</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>সবগুলোতে হ্যাঁ</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>সবগুলোতে না</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>সংরক্ষণ করবেন না</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>আবার চেষ্টা করুন</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>উপেক্ষা করুন</translation>
    </message>
</context>
<context>
    <name>ReferentsPanel</name>
    <message>
        <source>Referent / mention</source>
        <translation>উল্লেখিত সত্তা / উল্লেখ</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>লেবেল</translation>
    </message>
    <message>
        <source>Take the mention out of its referent</source>
        <translation>উল্লেখটিকে তার সত্তা থেকে আলাদা করুন</translation>
    </message>
    <message>
        <source>Double-click or F2 to rename; an empty name means the default</source>
        <translation>নাম বদলাতে দুবার ক্লিক করুন বা F2 চাপুন; ফাঁকা নাম মানে পূর্বনির্ধারিত নাম</translation>
    </message>
</context>
<context>
    <name>RelationModel</name>
    <message>
        <source>Layer</source>
        <translation>স্তর</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>সংযোগ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>উৎস</translation>
    </message>
    <message>
        <source>To</source>
        <translation>লক্ষ্য</translation>
    </message>
    <message>
        <source>In gold</source>
        <translation>চূড়ান্ত স্তরে</translation>
    </message>
</context>
<context>
    <name>RelationTableModel</name>
    <message>
        <source>Relation</source>
        <translation>সংযোগ</translation>
    </message>
    <message>
        <source>From labels</source>
        <translation>উৎসের লেবেল</translation>
    </message>
    <message>
        <source>To labels</source>
        <translation>লক্ষ্যের লেবেল</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>কী</translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation>নির্দেশিকা</translation>
    </message>
</context>
<context>
    <name>SchemaEditorDialog</name>
    <message>
        <source>label {label}: write choices as {name}=choice(a|b|c)</source>
        <translation>লেবেল {label}: বিকল্পগুলো {name}=choice(a|b|c) আকারে লিখুন</translation>
    </message>
    <message>
        <source>label {label}: attribute {name} must be choice(...), bool or text</source>
        <translation>লেবেল {label}: বৈশিষ্ট্য {name} অবশ্যই choice(...), bool বা text হতে হবে</translation>
    </message>
    <message>
        <source>label {label}: an attribute has no name</source>
        <translation>লেবেল {label}: একটি বৈশিষ্ট্যের নাম নেই</translation>
    </message>
    <message>
        <source>Label schema</source>
        <translation>লেবেল-কাঠামো</translation>
    </message>
    <message>
        <source>Add label</source>
        <translation>লেবেল যোগ করুন</translation>
    </message>
    <message>
        <source>Remove label</source>
        <translation>লেবেল সরান</translation>
    </message>
    <message>
        <source>Add relation type</source>
        <translation>সংযোগের ধরন যোগ করুন</translation>
    </message>
    <message>
        <source>Remove relation type</source>
        <translation>সংযোগের ধরন সরান</translation>
    </message>
    <message>
        <source>Labels (edit a name to rename it: its spans are kept)</source>
        <translation>লেবেল (নাম সম্পাদনা করলে নতুন নাম হয়: এর অংশগুলো থেকে যায়)</translation>
    </message>
    <message>
        <source>Relation types (labels comma-separated)</source>
        <translation>সংযোগের ধরন (লেবেলগুলো কমা দিয়ে আলাদা)</translation>
    </message>
    <message>
        <source>Delete spans?</source>
        <translation>অংশগুলো মুছবেন?</translation>
    </message>
    <message>
        <source>Not saved: no spans were deleted.</source>
        <translation>সংরক্ষণ হয়নি: কোনো অংশ মোছা হয়নি।</translation>
    </message>
</context>
<context>
    <name>ServiceErrors</name>
    <message>
        <source>expected &apos;*&lt;TAB&gt;Equiv T&lt;a&gt; T&lt;b&gt; ...&apos; of known spans</source>
        <translation>জানা অংশগুলোর &apos;*&lt;TAB&gt;Equiv T&lt;a&gt; T&lt;b&gt; ...&apos; লাইন প্রত্যাশিত ছিল</translation>
    </message>
    <message>
        <source>expected &apos;A&lt;n&gt;&lt;TAB&gt;name T&lt;n&gt; [value]&apos; for a known span</source>
        <translation>একটি জানা অংশের জন্য প্রত্যাশিত ছিল &apos;A&lt;n&gt;&lt;TAB&gt;name T&lt;n&gt; [value]&apos;</translation>
    </message>
    <message>
        <source>expected &apos;R&lt;n&gt;&lt;TAB&gt;type Arg1:T&lt;a&gt; Arg2:T&lt;b&gt;&apos;</source>
        <translation>প্রত্যাশিত ছিল &apos;R&lt;n&gt;&lt;TAB&gt;type Arg1:T&lt;a&gt; Arg2:T&lt;b&gt;&apos;</translation>
    </message>
    <message>
        <source>expected &apos;T&lt;n&gt;&lt;TAB&gt;LABEL start end&lt;TAB&gt;text&apos;</source>
        <translation>প্রত্যাশিত ছিল &apos;T&lt;n&gt;&lt;TAB&gt;LABEL start end&lt;TAB&gt;text&apos;</translation>
    </message>
    <message>
        <source>fragments {where!r} overlap or are out of order</source>
        <translation>খণ্ড {where!r} একে অপরের ওপর পড়েছে বা ক্রম ঠিক নেই</translation>
    </message>
    <message>
        <source>no text file {name} next to it</source>
        <translation>পাশে কোনো লেখার ফাইল {name} নেই</translation>
    </message>
    <message>
        <source>relation points to missing span {ref}</source>
        <translation>সংযোগটি এমন অংশ {ref}-কে দেখাচ্ছে যা নেই</translation>
    </message>
    <message>
        <source>span text {shown!r} differs from the text there ({joined!r})</source>
        <translation>অংশের লেখা {shown!r} ওই জায়গার লেখার ({joined!r}) সঙ্গে মেলে না</translation>
    </message>
    <message>
        <source>unknown annotation line {key}</source>
        <translation>অজানা টীকার লাইন {key}</translation>
    </message>
    <message>
        <source>{key} is defined twice</source>
        <translation>{key} দুবার সংজ্ঞায়িত হয়েছে</translation>
    </message>
    <message>
        <source>{kind} annotations are not supported</source>
        <translation>{kind} ধরনের টীকা সমর্থিত নয়</translation>
    </message>
    <message>
        <source>&apos;entities&apos; must be a list</source>
        <translation>&apos;entities&apos; একটি তালিকা হতে হবে</translation>
    </message>
    <message>
        <source>entity id {key!r} is used twice</source>
        <translation>সত্তার id {key!r} দুবার ব্যবহার হয়েছে</translation>
    </message>
    <message>
        <source>entity {n}</source>
        <translation>সত্তা {n}</translation>
    </message>
    <message>
        <source>{where} has no {field!r}</source>
        <translation>{where}-এ {field!r} নেই</translation>
    </message>
    <message>
        <source>{where} must be an object or [start, end, label]</source>
        <translation>{where} একটি অবজেক্ট বা [start, end, label] হতে হবে</translation>
    </message>
    <message>
        <source>{where} must be an object</source>
        <translation>{where} একটি অবজেক্ট হতে হবে</translation>
    </message>
    <message>
        <source>each line must be a JSON object</source>
        <translation>প্রতিটি লাইন একটি JSON অবজেক্ট হতে হবে</translation>
    </message>
    <message>
        <source>&apos;relations&apos; must be a list</source>
        <translation>&apos;relations&apos; একটি তালিকা হতে হবে</translation>
    </message>
    <message>
        <source>relation {n}</source>
        <translation>সংযোগ {n}</translation>
    </message>
    <message>
        <source>not a readable Word .docx document ({exc})</source>
        <translation>পড়া যায় এমন Word .docx নথি নয় ({exc})</translation>
    </message>
    <message>
        <source>reading .docx needs the python-docx package</source>
        <translation>.docx পড়তে python-docx প্যাকেজটি লাগে</translation>
    </message>
    <message>
        <source>the document has no text (only tables or images?)</source>
        <translation>নথিতে কোনো লেখা নেই (শুধু সারণি বা ছবি?)</translation>
    </message>
    <message>
        <source>cannot read the file: {exc}</source>
        <translation>ফাইলটি পড়া যাচ্ছে না: {exc}</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; between tasks</source>
        <translation>কাজগুলোর মাঝে &apos;,&apos; বা &apos;]&apos; প্রত্যাশিত ছিল</translation>
    </message>
    <message>
        <source>expected a JSON array of tasks</source>
        <translation>কাজের একটি JSON অ্যারে প্রত্যাশিত ছিল</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>এটি ফোল্ডার, ফাইল নয়</translation>
    </message>
    <message>
        <source>is a symlink that cannot be resolved</source>
        <translation>এটি এমন একটি সিমলিংক যার গন্তব্য খুঁজে পাওয়া যাচ্ছে না</translation>
    </message>
    <message>
        <source>is {kind}, not a file; it is not read</source>
        <translation>এটি {kind}, ফাইল নয়; এটি পড়া হয়নি</translation>
    </message>
    <message>
        <source>not a zip file: {exc}</source>
        <translation>zip ফাইল নয়: {exc}</translation>
    </message>
    <message>
        <source>the file is {size:,} bytes; the limit is {limit:,} (set ANNOTATOR_MAX_INPUT_BYTES to raise it)</source>
        <translation>ফাইলটি {size:,} বাইট; সীমা {limit:,} (সীমা বাড়াতে ANNOTATOR_MAX_INPUT_BYTES দিন)</translation>
    </message>
    <message>
        <source>the line is {size:,} characters long; the limit is {limit:,} (set ANNOTATOR_MAX_LINE_BYTES to raise it)</source>
        <translation>লাইনটি {size:,} অক্ষর লম্বা; সীমা {limit:,} (সীমা বাড়াতে ANNOTATOR_MAX_LINE_BYTES দিন)</translation>
    </message>
    <message>
        <source>the member cannot be read: {reason}</source>
        <translation>সদস্য-ফাইলটি পড়া যাচ্ছে না: {reason}</translation>
    </message>
    <message>
        <source>the member is a symlink; it is not followed</source>
        <translation>সদস্য-ফাইলটি একটি সিমলিংক; এটি অনুসরণ করা হয় না</translation>
    </message>
    <message>
        <source>the member is damaged: {reason}</source>
        <translation>সদস্য-ফাইলটি নষ্ট: {reason}</translation>
    </message>
    <message>
        <source>the member is encrypted; unpack it and import the files</source>
        <translation>সদস্য-ফাইলটি এনক্রিপ্ট করা; আগে খুলে নিয়ে ফাইলগুলো আমদানি করুন</translation>
    </message>
    <message>
        <source>{where} needs a {key!r} string</source>
        <translation>{where}-এ একটি {key!r} স্ট্রিং থাকতে হবে</translation>
    </message>
    <message>
        <source>{where}: {key!r} must be an integer, got {value!r}</source>
        <translation>{where}: {key!r} একটি পূর্ণসংখ্যা হতে হবে, পাওয়া গেছে {value!r}</translation>
    </message>
    <message>
        <source>cannot tell the format of {name} (use --format)</source>
        <translation>{name}-এর ফরম্যাট বোঝা যাচ্ছে না (--format দিয়ে বলে দিন)</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>এমন কোনো ফাইল বা ফোল্ডার নেই</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>ফাইলটি ফাঁকা</translation>
    </message>
    <message>
        <source>the file is {utf16}, not UTF-8; save it as UTF-8</source>
        <translation>ফাইলটি {utf16}, UTF-8 নয়; এটি UTF-8 হিসেবে সংরক্ষণ করুন</translation>
    </message>
    <message>
        <source>unknown input format {kind!r}</source>
        <translation>অজানা ইনপুট ফরম্যাট {kind!r}</translation>
    </message>
    <message>
        <source>malformed JSON: nested too deeply</source>
        <translation>JSON ত্রুটিপূর্ণ: স্তরের ভেতরে স্তর খুব বেশি গভীরে গেছে</translation>
    </message>
    <message>
        <source>malformed JSON: {reason}</source>
        <translation>JSON ত্রুটিপূর্ণ: {reason}</translation>
    </message>
    <message>
        <source>malformed JSON: {reason} (column {column})</source>
        <translation>JSON ত্রুটিপূর্ণ: {reason} (কলাম {column})</translation>
    </message>
    <message>
        <source>each task must be a JSON object</source>
        <translation>প্রতিটি কাজ একটি JSON অবজেক্ট হতে হবে</translation>
    </message>
    <message>
        <source>result {n}</source>
        <translation>ফলাফল {n}</translation>
    </message>
    <message>
        <source>task &apos;data&apos; has no text</source>
        <translation>কাজের &apos;data&apos;-তে কোনো লেখা নেই</translation>
    </message>
    <message>
        <source>task needs a &apos;data&apos; object</source>
        <translation>কাজে একটি &apos;data&apos; অবজেক্ট থাকতে হবে</translation>
    </message>
    <message>
        <source>{group}[0] needs a &apos;result&apos; list</source>
        <translation>{group}[0]-এ একটি &apos;result&apos; তালিকা থাকতে হবে</translation>
    </message>
    <message>
        <source>{where} has no &apos;value&apos; object</source>
        <translation>{where}-এ কোনো &apos;value&apos; অবজেক্ট নেই</translation>
    </message>
    <message>
        <source>{where}: a region needs exactly one label in &apos;labels&apos;</source>
        <translation>{where}: একটি অঞ্চলের &apos;labels&apos;-এ ঠিক একটি লেবেল থাকতে হবে</translation>
    </message>
    <message>
        <source>{where}: a relation needs &apos;from_id&apos; and &apos;to_id&apos;</source>
        <translation>{where}: একটি সংযোগে &apos;from_id&apos; ও &apos;to_id&apos; থাকতে হবে</translation>
    </message>
    <message>
        <source>{where}: a relation needs exactly one label</source>
        <translation>{where}: একটি সংযোগে ঠিক একটি লেবেল থাকতে হবে</translation>
    </message>
    <message>
        <source>&apos;text&apos; contains a NUL character</source>
        <translation>&apos;text&apos;-এ একটি NUL অক্ষর আছে</translation>
    </message>
    <message>
        <source>&apos;text&apos; contains a lone surrogate \u{code:04x} at offset {offset}, which is not valid Unicode</source>
        <translation>&apos;text&apos;-এ অবস্থান {offset}-এ একটি একক সারোগেট \u{code:04x} আছে, যা বৈধ ইউনিকোড নয়</translation>
    </message>
    <message>
        <source>&apos;text&apos; is empty</source>
        <translation>&apos;text&apos; ফাঁকা</translation>
    </message>
    <message>
        <source>contains a lone surrogate \u{code:04x}, which is not valid Unicode</source>
        <translation>একটি একক সারোগেট \u{code:04x} আছে, যা বৈধ ইউনিকোড নয়</translation>
    </message>
    <message>
        <source>field &apos;id&apos; must be a string</source>
        <translation>&apos;id&apos; ফিল্ডটি একটি স্ট্রিং হতে হবে</translation>
    </message>
    <message>
        <source>field {key!r} is longer than {limit} characters</source>
        <translation>{key!r} ফিল্ডটি {limit} অক্ষরের চেয়ে লম্বা</translation>
    </message>
    <message>
        <source>field {key!r} must be {names}, got {got}</source>
        <translation>{key!r} ফিল্ডটি {names} হতে হবে, পাওয়া গেছে {got}</translation>
    </message>
    <message>
        <source>missing required field &apos;text&apos;</source>
        <translation>আবশ্যক ফিল্ড &apos;text&apos; নেই</translation>
    </message>
    <message>
        <source>note {n} must be an object with a &apos;text&apos; string</source>
        <translation>মন্তব্য {n} একটি &apos;text&apos; স্ট্রিংসহ অবজেক্ট হতে হবে</translation>
    </message>
    <message>
        <source>note {n}: &apos;time&apos; {time!r} is not an ISO 8601 time</source>
        <translation>মন্তব্য {n}: &apos;time&apos; {time!r} কোনো ISO 8601 সময় নয়</translation>
    </message>
    <message>
        <source>note {n}: {field!r} must be a string</source>
        <translation>মন্তব্য {n}: {field!r} একটি স্ট্রিং হতে হবে</translation>
    </message>
    <message>
        <source>referent {n} must be an object with an &apos;id&apos;</source>
        <translation>সত্তা {n} একটি &apos;id&apos;-সহ অবজেক্ট হতে হবে</translation>
    </message>
    <message>
        <source>referent {n}: &apos;name&apos; is longer than 500 characters</source>
        <translation>সত্তা {n}: &apos;name&apos; ৫০০ অক্ষরের চেয়ে লম্বা</translation>
    </message>
    <message>
        <source>referent {n}: {field!r} must be a string</source>
        <translation>সত্তা {n}: {field!r} একটি স্ট্রিং হতে হবে</translation>
    </message>
    <message>
        <source>relation {n} must be an object</source>
        <translation>সংযোগ {n} একটি অবজেক্ট হতে হবে</translation>
    </message>
    <message>
        <source>relation {n} needs a {field!r} string</source>
        <translation>সংযোগ {n}-এ একটি {field!r} স্ট্রিং থাকতে হবে</translation>
    </message>
    <message>
        <source>span id {key!r} is used twice</source>
        <translation>অংশের id {key!r} দুবার ব্যবহার হয়েছে</translation>
    </message>
    <message>
        <source>status must be one of {choices}</source>
        <translation>অবস্থা এগুলোর একটি হতে হবে: {choices}</translation>
    </message>
    <message>
        <source>text_sha256 does not match the text</source>
        <translation>text_sha256 লেখার সঙ্গে মেলে না</translation>
    </message>
    <message>
        <source>unsupported offset_unit {unit!r}</source>
        <translation>অসমর্থিত offset_unit {unit!r}</translation>
    </message>
    <message>
        <source>{where} has no {key!r}</source>
        <translation>{where}-এ {key!r} নেই</translation>
    </message>
    <message>
        <source>{where} needs a &apos;label&apos; string</source>
        <translation>{where}-এ একটি &apos;label&apos; স্ট্রিং থাকতে হবে</translation>
    </message>
    <message>
        <source>{where}: &apos;attrs&apos; must be an object</source>
        <translation>{where}: &apos;attrs&apos; একটি অবজেক্ট হতে হবে</translation>
    </message>
    <message>
        <source>{where}: &apos;fragments&apos; must be a list of [start, end] pairs</source>
        <translation>{where}: &apos;fragments&apos; [start, end] জোড়ের একটি তালিকা হতে হবে</translation>
    </message>
    <message>
        <source>{where}: &apos;kind&apos; must be a string</source>
        <translation>{where}: &apos;kind&apos; একটি স্ট্রিং হতে হবে</translation>
    </message>
    <message>
        <source>{where}: &apos;note&apos; must be a string</source>
        <translation>{where}: &apos;note&apos; একটি স্ট্রিং হতে হবে</translation>
    </message>
    <message>
        <source>{where}: &apos;referent&apos; must be a referent id string</source>
        <translation>{where}: &apos;referent&apos; একটি সত্তার id-স্ট্রিং হতে হবে</translation>
    </message>
    <message>
        <source>{where}: &apos;source&apos; must be a recommender name</source>
        <translation>{where}: &apos;source&apos; একটি প্রস্তাবকের নাম হতে হবে</translation>
    </message>
    <message>
        <source>{where}: &apos;text&apos; must be a string</source>
        <translation>{where}: &apos;text&apos; একটি স্ট্রিং হতে হবে</translation>
    </message>
    <message>
        <source>{where}: fragment {n} must be [start, end] integers, got {piece!r}</source>
        <translation>{where}: খণ্ড {n} [start, end] পূর্ণসংখ্যা হতে হবে, পাওয়া গেছে {piece!r}</translation>
    </message>
    <message>
        <source>span {n}</source>
        <translation>অংশ {n}</translation>
    </message>
    <message>
        <source>&apos;spans&apos; must be a list</source>
        <translation>&apos;spans&apos; একটি তালিকা হতে হবে</translation>
    </message>
    <message>
        <source>{where} needs a {side!r} object</source>
        <translation>{where}-এ একটি {side!r} অবজেক্ট থাকতে হবে</translation>
    </message>
    <message>
        <source>{where}: {side} does not match any span</source>
        <translation>{where}: {side} কোনো অংশের সঙ্গে মেলে না</translation>
    </message>
    <message>
        <source>&apos;fragments&apos; must be a list of [start, end] pairs</source>
        <translation>&apos;fragments&apos; [start, end] জোড়ের একটি তালিকা হতে হবে</translation>
    </message>
    <message>
        <source>a split span needs two or more fragments</source>
        <translation>বিভক্ত অংশে দুই বা তার বেশি খণ্ড লাগে</translation>
    </message>
    <message>
        <source>fragment {n} ({a}-{b}) is outside the text (length {length}) or empty</source>
        <translation>খণ্ড {n} ({a}-{b}) লেখার বাইরে (দৈর্ঘ্য {length}) অথবা ফাঁকা</translation>
    </message>
    <message>
        <source>fragment {n} ({a}-{b}) overlaps or comes before fragment {previous}</source>
        <translation>খণ্ড {n} ({a}-{b}) খণ্ড {previous}-এর ওপর পড়েছে বা তার আগে এসেছে</translation>
    </message>
    <message>
        <source>fragment {n} ({a}-{b}) splits a grapheme cluster (nearest whole fragment: {floor}-{ceil})</source>
        <translation>খণ্ড {n} ({a}-{b}) একটি বর্ণগুচ্ছকে ভেঙে দেয় (কাছের পুরো খণ্ড: {floor}-{ceil})</translation>
    </message>
    <message>
        <source>fragment {n} must be a pair of integers [start, end], got {piece!r}</source>
        <translation>খণ্ড {n} দুটি পূর্ণসংখ্যার জোড় [start, end] হতে হবে, পাওয়া গেছে {piece!r}</translation>
    </message>
    <message>
        <source>fragments run {a}-{b}, not the span&apos;s outer extent {start}-{end}</source>
        <translation>খণ্ডগুলো {a}-{b} পর্যন্ত বিস্তৃত, অংশের বাইরের সীমা {start}-{end} নয়</translation>
    </message>
    <message>
        <source>referent id {key!r} is used twice</source>
        <translation>সত্তার id {key!r} দুবার ব্যবহার হয়েছে</translation>
    </message>
    <message>
        <source>referent {key}: unknown label {label!r}</source>
        <translation>সত্তা {key}: অজানা লেবেল {label!r}</translation>
    </message>
    <message>
        <source>span {key}: a {label} span cannot join a referent (only entity mentions such as PER, ORG, MENTION)</source>
        <translation>অংশ {key}: {label} অংশ কোনো সত্তার সঙ্গে যুক্ত হতে পারে না (শুধু PER, ORG, MENTION-এর মতো সত্তার উল্লেখ পারে)</translation>
    </message>
    <message>
        <source>span {key}: unknown referent {referent!r} (not in &apos;referents&apos;)</source>
        <translation>অংশ {key}: অজানা সত্তা {referent!r} (&apos;referents&apos;-এ নেই)</translation>
    </message>
    <message>
        <source>span {key}: {problem}</source>
        <translation>অংশ {key}: {problem}</translation>
    </message>
    <message>
        <source>annotator</source>
        <translation>টীকাকারের</translation>
    </message>
    <message>
        <source>attribute</source>
        <translation>বৈশিষ্ট্যের</translation>
    </message>
    <message>
        <source>contains a NUL character at offset {at}</source>
        <translation>অবস্থান {at}-এ একটি NUL অক্ষর আছে</translation>
    </message>
    <message>
        <source>contains a lone surrogate (U+{code:04X}) at offset {at}, not valid Unicode</source>
        <translation>অবস্থান {at}-এ একটি একক সারোগেট (U+{code:04X}) আছে, যা বৈধ ইউনিকোড নয়</translation>
    </message>
    <message>
        <source>is {length} characters long; the limit is {limit}</source>
        <translation>{length} অক্ষর লম্বা; সীমা {limit}</translation>
    </message>
    <message>
        <source>key {key!r} of {owner} is one of the window&apos;s own keys</source>
        <translation>{owner}-এর কী {key!r} জানালার নিজস্ব কীগুলোর একটি</translation>
    </message>
    <message>
        <source>label</source>
        <translation>লেবেলের</translation>
    </message>
    <message>
        <source>project</source>
        <translation>প্রকল্পের</translation>
    </message>
    <message>
        <source>relation type</source>
        <translation>সংযোগের ধরনের</translation>
    </message>
    <message>
        <source>the document is {length:,} characters long; the limit is {limit:,} (split it, or set ANNOTATOR_MAX_DOCUMENT_CHARS)</source>
        <translation>নথিটি {length:,} অক্ষর লম্বা; সীমা {limit:,} (নথিটি ভাগ করুন, অথবা ANNOTATOR_MAX_DOCUMENT_CHARS দিন)</translation>
    </message>
    <message>
        <source>the id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>the source</source>
        <translation>উৎস</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>শিরোনাম</translation>
    </message>
    <message>
        <source>{field} {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>{what} name is empty</source>
        <translation>{what} নাম ফাঁকা</translation>
    </message>
    <message>
        <source>{what} name {name} contains the control character U+{code:04X}</source>
        <translation>{what} নাম {name}-এ নিয়ন্ত্রণ-অক্ষর U+{code:04X} আছে</translation>
    </message>
    <message>
        <source>{what} name {name} contains whitespace; brat, CoNLL and BIO files cannot carry it (use _ or -)</source>
        <translation>{what} নাম {name}-এ ফাঁকা জায়গা আছে; brat, CoNLL ও BIO ফাইল তা বহন করতে পারে না (_ বা - ব্যবহার করুন)</translation>
    </message>
    <message>
        <source>{what} name {name} starts or ends with a space</source>
        <translation>{what} নাম {name} ফাঁকা জায়গা দিয়ে শুরু বা শেষ হয়েছে</translation>
    </message>
    <message>
        <source>{what} name {name} {problem}</source>
        <translation>{what} নাম {name}: {problem}</translation>
    </message>
    <message>
        <source>cannot write {name}: {reason}</source>
        <translation>{name}-এ লেখা যাচ্ছে না: {reason}</translation>
    </message>
    <message>
        <source>it holds the open database {database}</source>
        <translation>এর ভেতরে খোলা ডেটাবেস {database} আছে</translation>
    </message>
    <message>
        <source>it is a SQLite database</source>
        <translation>এটি একটি SQLite ডেটাবেস</translation>
    </message>
    <message>
        <source>it is a file, not a folder</source>
        <translation>এটি ফাইল, ফোল্ডার নয়</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>এটি একটি ফোল্ডার</translation>
    </message>
    <message>
        <source>it is inside the database&apos;s backup folder {folder}</source>
        <translation>এটি ডেটাবেসের ব্যাকআপ ফোল্ডার {folder}-এর ভেতরে</translation>
    </message>
    <message>
        <source>it is not a regular file (a device, FIFO or socket)</source>
        <translation>এটি সাধারণ ফাইল নয় (ডিভাইস, FIFO বা সকেট)</translation>
    </message>
    <message>
        <source>it is the open database ({database})</source>
        <translation>এটিই খোলা ডেটাবেস ({database})</translation>
    </message>
    <message>
        <source>it is the open database&apos;s {kind} file ({database})</source>
        <translation>এটি খোলা ডেটাবেসের {kind} ফাইল ({database})</translation>
    </message>
    <message>
        <source>the file is read-only (it is not replaced)</source>
        <translation>ফাইলটি শুধু পড়ার জন্য (এটি বদলানো হয়নি)</translation>
    </message>
    <message>
        <source>the folder is read-only</source>
        <translation>ফোল্ডারটি শুধু পড়ার জন্য</translation>
    </message>
    <message>
        <source>will not write {name}: {reason}</source>
        <translation>{name}-এ লেখা হবে না: {reason}</translation>
    </message>
    <message>
        <source>attribute {name!r} must be one of {choices}</source>
        <translation>বৈশিষ্ট্য {name!r} এগুলোর একটি হতে হবে: {choices}</translation>
    </message>
    <message>
        <source>attribute {name!r} must be text</source>
        <translation>বৈশিষ্ট্য {name!r} লেখা হতে হবে</translation>
    </message>
    <message>
        <source>attribute {name!r} must be yes or no</source>
        <translation>বৈশিষ্ট্য {name!r} হ্যাঁ (yes) বা না (no) হতে হবে</translation>
    </message>
    <message>
        <source>key {key!r} is used by both {first} and {second}</source>
        <translation>কী {key!r} {first} ও {second} দুটোতেই ব্যবহার হয়েছে</translation>
    </message>
    <message>
        <source>label name {name!r} is empty or has surrounding spaces</source>
        <translation>লেবেলের নাম {name!r} ফাঁকা, বা তার আগে-পরে ফাঁকা জায়গা আছে</translation>
    </message>
    <message>
        <source>label name {name!r} is used twice</source>
        <translation>লেবেলের নাম {name!r} দুবার ব্যবহার হয়েছে</translation>
    </message>
    <message>
        <source>not a valid schema: {reason}</source>
        <translation>বৈধ লেবেল-কাঠামো নয়: {reason}</translation>
    </message>
    <message>
        <source>relation {name!r} names unknown label {label!r}</source>
        <translation>সংযোগ {name!r}-এ অজানা লেবেল {label!r}-এর নাম আছে</translation>
    </message>
    <message>
        <source>trim must be &apos;whitespace&apos; or &apos;punctuation&apos;, not {value!r}</source>
        <translation>trim হতে হবে &apos;whitespace&apos; বা &apos;punctuation&apos;, {value!r} নয়</translation>
    </message>
    <message>
        <source>label {label} has no attribute {name!r}</source>
        <translation>লেবেল {label}-এর কোনো বৈশিষ্ট্য {name!r} নেই</translation>
    </message>
    <message>
        <source>relation {rel_type} goes from {sources} to {targets}, not from {from_label} to {to_label}</source>
        <translation>সংযোগ {rel_type} যায় {sources} থেকে {targets}-এ, {from_label} থেকে {to_label}-এ নয়</translation>
    </message>
    <message>
        <source>span offsets must be integers, got start={start!r} end={end!r}</source>
        <translation>অংশের অবস্থান পূর্ণসংখ্যা হতে হবে, পাওয়া গেছে start={start!r} end={end!r}</translation>
    </message>
    <message>
        <source>span {start}-{end} is outside the text (length {length})</source>
        <translation>অংশ {start}-{end} লেখার বাইরে (দৈর্ঘ্য {length})</translation>
    </message>
    <message>
        <source>bad offsets {where}</source>
        <translation>ভুল অবস্থান {where}</translation>
    </message>
    <message>
        <source>expected a token and a tag separated by spaces</source>
        <translation>ফাঁকা জায়গা দিয়ে আলাদা করা একটি টোকেন ও একটি ট্যাগ প্রত্যাশিত ছিল</translation>
    </message>
    <message>
        <source>the line has {count:,} columns; CoNLL has one token per line (TOKEN ... TAG, at most {limit} columns), not a sentence per line</source>
        <translation>লাইনটিতে {count:,}টি কলাম; CoNLL-এ প্রতি লাইনে একটি টোকেন থাকে (TOKEN ... TAG, সর্বোচ্চ {limit}টি কলাম), প্রতি লাইনে একটি বাক্য নয়</translation>
    </message>
    <message>
        <source>the sentence has more than {limit:,} tokens (set ANNOTATOR_MAX_TOKENS_PER_LINE to raise the limit)</source>
        <translation>বাক্যটিতে {limit:,}টির বেশি টোকেন আছে (সীমা বাড়াতে ANNOTATOR_MAX_TOKENS_PER_LINE দিন)</translation>
    </message>
    <message>
        <source>binary data (NUL byte at byte offset {at})</source>
        <translation>বাইনারি ডেটা (বাইট-অবস্থান {at}-এ NUL বাইট)</translation>
    </message>
    <message>
        <source>invalid UTF-8 at byte offset {at}</source>
        <translation>বাইট-অবস্থান {at}-এ অবৈধ UTF-8</translation>
    </message>
    <message>
        <source>the file is Windows-1252 bytes, not UTF-8</source>
        <translation>ফাইলটি Windows-1252 বাইটে লেখা, UTF-8-এ নয়</translation>
    </message>
    <message>
        <source>the text looks like Bijoy (legacy ANSI) Bengali, typed for a SutonnyMJ-style font; convert it to Unicode first (for a .txt file: import it with --convert-bijoy)</source>
        <translation>লেখাটি দেখে মনে হচ্ছে বিজয়ে (পুরোনো ANSI) টাইপ করা বাংলা, SutonnyMJ ধরনের ফন্টের জন্য; আগে ইউনিকোডে রূপান্তর করুন (.txt ফাইল হলে: --convert-bijoy দিয়ে আমদানি করুন)</translation>
    </message>
    <message>
        <source>{bijoy} ({ansi})</source>
        <translation>{bijoy} ({ansi})</translation>
    </message>
    <message>
        <source>fragment links join regions of different labels ({labels})</source>
        <translation>খণ্ড-সংযোগগুলো ভিন্ন ভিন্ন লেবেলের অঞ্চল জুড়ছে ({labels})</translation>
    </message>
    <message>
        <source>{link} link {key} points to missing {end!r}</source>
        <translation>{link} সংযোগ {key} এমন {end!r}-কে দেখাচ্ছে যা নেই</translation>
    </message>
    <message>
        <source>the file changed during its import (is it still being written?); import it once it is complete</source>
        <translation>আমদানির সময় ফাইলটি বদলে গেছে (এখনও কি লেখা হচ্ছে?); লেখা শেষ হলে আমদানি করুন</translation>
    </message>
    <message>
        <source>span {start}-{end} splits a grapheme cluster (nearest whole span: {floor}-{ceil})</source>
        <translation>অংশ {start}-{end} একটি বর্ণগুচ্ছকে ভেঙে দেয় (কাছের পুরো অংশ: {floor}-{ceil})</translation>
    </message>
    <message>
        <source>span {start}-{end} text {text!r} differs from the document text there</source>
        <translation>অংশ {start}-{end}-এর লেখা {text!r} নথির ওই জায়গার লেখার সঙ্গে মেলে না</translation>
    </message>
    <message>
        <source>span {start}-{end}: start must be before end</source>
        <translation>অংশ {start}-{end}: শুরু শেষের আগে হতে হবে</translation>
    </message>
    <message>
        <source>unknown label {label!r}</source>
        <translation>অজানা লেবেল {label!r}</translation>
    </message>
    <message>
        <source>unknown relation type {rel_type!r}</source>
        <translation>অজানা সংযোগের ধরন {rel_type!r}</translation>
    </message>
    <message>
        <source>accepting agreed spans needs at least two finished layers</source>
        <translation>মিলে যাওয়া অংশ গ্রহণ করতে অন্তত দুটি সম্পন্ন স্তর লাগে</translation>
    </message>
    <message>
        <source>adjudicating</source>
        <translation>মীমাংসা করতে</translation>
    </message>
    <message>
        <source>{annotator} has no referent {referent} in this document</source>
        <translation>এই নথিতে {annotator}-এর কোনো সত্তা {referent} নেই</translation>
    </message>
    <message>
        <source>agreement needs at least two annotators</source>
        <translation>মতৈক্য মাপতে অন্তত দুজন টীকাকার লাগে</translation>
    </message>
    <message>
        <source>an annotator is named twice</source>
        <translation>একজন টীকাকারের নাম দুবার দেওয়া হয়েছে</translation>
    </message>
    <message>
        <source>an overlap needs at least {copies} annotators</source>
        <translation>একই নথি একাধিক জনকে দিতে (overlap) অন্তত {copies} জন টীকাকার লাগে</translation>
    </message>
    <message>
        <source>assigning documents</source>
        <translation>নথি বণ্টন করতে</translation>
    </message>
    <message>
        <source>changing a project&apos;s settings</source>
        <translation>প্রকল্পের সেটিং বদলাতে</translation>
    </message>
    <message>
        <source>give at least one annotator</source>
        <translation>অন্তত একজন টীকাকারের নাম দিন</translation>
    </message>
    <message>
        <source>a mention is always the same as itself; pick another one</source>
        <translation>একটি উল্লেখ সবসময়ই নিজের সঙ্গে এক; অন্য একটি বেছে নিন</translation>
    </message>
    <message>
        <source>a referent name may have at most {limit} characters</source>
        <translation>সত্তার নাম সর্বোচ্চ {limit} অক্ষরের হতে পারে</translation>
    </message>
    <message>
        <source>a span needs at least one part</source>
        <translation>একটি অংশে অন্তত একটি খণ্ড লাগে</translation>
    </message>
    <message>
        <source>both mentions must be in the same document and layer</source>
        <translation>দুটি উল্লেখই একই নথি ও একই স্তরে থাকতে হবে</translation>
    </message>
    <message>
        <source>only entity mentions (PER, ORG, MENTION...) can refer to someone, not a {label}</source>
        <translation>শুধু সত্তার উল্লেখ (PER, ORG, MENTION…) কাউকে নির্দেশ করতে পারে, {label} পারে না</translation>
    </message>
    <message>
        <source>referent {referent} no longer exists</source>
        <translation>সত্তা {referent} আর নেই</translation>
    </message>
    <message>
        <source>span {span} is not in this layer any more</source>
        <translation>অংশ {span} আর এই স্তরে নেই</translation>
    </message>
    <message>
        <source>these two mentions are already the same referent</source>
        <translation>এই দুটি উল্লেখ আগে থেকেই একই সত্তা</translation>
    </message>
    <message>
        <source>this mention is not joined to a referent</source>
        <translation>এই উল্লেখটি কোনো সত্তার সঙ্গে যুক্ত নয়</translation>
    </message>
    <message>
        <source>this span has only one part; delete the span instead</source>
        <translation>এই অংশের একটিই খণ্ড; তার বদলে অংশটিই মুছুন</translation>
    </message>
    <message>
        <source>{problem}; remove the fragment first (resizing moves only the outer ends)</source>
        <translation>{problem}; আগে খণ্ডটি সরান (আকার বদলালে শুধু বাইরের দুই প্রান্ত সরে)</translation>
    </message>
    <message>
        <source>{start}-{end} is not inside one of the span&apos;s parts</source>
        <translation>{start}-{end} অংশের কোনো খণ্ডের ভেতরে নেই</translation>
    </message>
    <message>
        <source>{start}-{end} overlaps the span&apos;s part {a}-{b}</source>
        <translation>{start}-{end} অংশের খণ্ড {a}-{b}-এর ওপর পড়েছে</translation>
    </message>
    <message>
        <source>this span was changed by someone else in the meantime</source>
        <translation>ইতিমধ্যে অন্য কেউ এই অংশটি বদলেছেন</translation>
    </message>
    <message>
        <source>
  ... and {more} more</source>
        <translation>
  … আরও {more}টি</translation>
    </message>
    <message>
        <source>export cancelled; nothing was written</source>
        <translation>রপ্তানি বাতিল হয়েছে; কিছুই লেখা হয়নি</translation>
    </message>
    <message>
        <source>{count} overlapping {kind} spans cannot share one BIO layer (use --on-overlap longest or first):
  {listed}{more}</source>
        <translation>একে অপরের ওপর পড়া {count}টি {kind} অংশ একটি BIO স্তরে একসঙ্গে থাকতে পারে না (--on-overlap longest বা first ব্যবহার করুন):
  {listed}{more}</translation>
    </message>
    <message>
        <source>{readme} or {json} was not written by Annotator; export into a folder of its own</source>
        <translation>{readme} বা {json} Annotator লেখেনি; আলাদা একটি নিজস্ব ফোল্ডারে রপ্তানি করুন</translation>
    </message>
    <message>
        <source>could not copy the demo labels: {reason}</source>
        <translation>নমুনা লেবেলগুলো কপি করা যায়নি: {reason}</translation>
    </message>
    <message>
        <source>relation {key} points to missing span {span!r}</source>
        <translation>সংযোগ {key} এমন অংশ {span!r}-কে দেখাচ্ছে যা নেই</translation>
    </message>
    <message>
        <source>relation {key}: {problem}</source>
        <translation>সংযোগ {key}: {problem}</translation>
    </message>
    <message>
        <source>span {key} ({start}-{end}) cannot be carried through normalization: it starts or ends inside a character that changes</source>
        <translation>অংশ {key} ({start}-{end}) নর্মালাইজ করার পর ঠিক জায়গায় রাখা যাচ্ছে না: এটি এমন একটি অক্ষরের ভেতরে শুরু বা শেষ হয়েছে যা বদলে যায়</translation>
    </message>
    <message>
        <source>span {key}: fragment {a}-{b} cannot be carried through normalization</source>
        <translation>অংশ {key}: খণ্ড {a}-{b} নর্মালাইজ করার পর ঠিক জায়গায় রাখা যাচ্ছে না</translation>
    </message>
    <message>
        <source>span {key}: label {label} is of kind {kind}, not {given}</source>
        <translation>অংশ {key}: লেবেল {label}-এর ধরন {kind}, {given} নয়</translation>
    </message>
    <message>
        <source>span {key}: text {text!r} differs from the document text there ({found!r})</source>
        <translation>অংশ {key}: লেখা {text!r} নথির ওই জায়গার লেখার ({found!r}) সঙ্গে মেলে না</translation>
    </message>
    <message>
        <source>the text is empty</source>
        <translation>লেখাটি ফাঁকা</translation>
    </message>
    <message>
        <source>the text is not normalized (BOM, CR or non-NFC characters); use --normalize to normalize it and remap its spans</source>
        <translation>লেখাটি নর্মালাইজ করা নয় (BOM, CR বা NFC-বহির্ভূত অক্ষর); --normalize দিয়ে নর্মালাইজ করুন ও অংশগুলোর অবস্থান মিলিয়ে নিন</translation>
    </message>
    <message>
        <source>{problem}; --snap clusters (or words) expands such spans</source>
        <translation>{problem}; --snap clusters (বা words) এমন অংশকে পুরো বর্ণ (বা শব্দ) পর্যন্ত বাড়িয়ে নেয়</translation>
    </message>
    <message>
        <source>{reason}
{hint}</source>
        <translation>{reason}
{hint}</translation>
    </message>
    <message>
        <source>a note is at most {limit} characters (this one has {length})</source>
        <translation>একটি মন্তব্য সর্বোচ্চ {limit} অক্ষরের হতে পারে (এটিতে আছে {length})</translation>
    </message>
    <message>
        <source>an empty note: write something first</source>
        <translation>মন্তব্যটি ফাঁকা: আগে কিছু লিখুন</translation>
    </message>
    <message>
        <source>the {gold} layer is written only by curators; you are logged in as {login}</source>
        <translation>চূড়ান্ত ({gold}) স্তর শুধু চূড়ান্তকারীরা লেখেন; আপনি {login} হিসেবে লগ-ইন করেছেন</translation>
    </message>
    <message>
        <source>{owner}&apos;s layer belongs to {owner}; you are logged in as {login}</source>
        <translation>{owner}-এর স্তরটি {owner}-এর নিজের; আপনি {login} হিসেবে লগ-ইন করেছেন</translation>
    </message>
    <message>
        <source>{what} needs the {role} role; you are logged in as {login}</source>
        <translation>{what} {role} ভূমিকা লাগে; আপনি {login} হিসেবে লগ-ইন করেছেন</translation>
    </message>
    <message>
        <source>a label named {label!r} exists already</source>
        <translation>{label!r} নামে একটি লেবেল আগে থেকেই আছে</translation>
    </message>
    <message>
        <source>cannot rename {label!r} to {new!r}: that name is taken</source>
        <translation>{label!r}-এর নাম বদলে {new!r} করা যাচ্ছে না: ওই নাম আগেই নেওয়া</translation>
    </message>
    <message>
        <source>cannot rename {label!r} to {new!r}: {new!r} is not in the schema</source>
        <translation>{label!r}-এর নাম বদলে {new!r} করা যাচ্ছে না: {new!r} লেবেল-কাঠামোতে নেই</translation>
    </message>
    <message>
        <source>cannot rename {label!r}: there is no such label</source>
        <translation>{label!r}-এর নাম বদলানো যাচ্ছে না: এমন কোনো লেবেল নেই</translation>
    </message>
    <message>
        <source>changing a label schema</source>
        <translation>লেবেল-কাঠামো বদলাতে</translation>
    </message>
    <message>
        <source>the label is already called {label!r}</source>
        <translation>লেবেলটির নাম আগে থেকেই {label!r}</translation>
    </message>
    <message>
        <source>there is no label {label!r}</source>
        <translation>{label!r} নামে কোনো লেবেল নেই</translation>
    </message>
    <message>
        <source>this change would remove {what}; confirm to delete them (--force on the command line)</source>
        <translation>এই পরিবর্তনে {what} মুছে যাবে; মুছতে নিশ্চিত করুন (কমান্ড লাইনে --force)</translation>
    </message>
    <message>
        <source>{count} relations</source>
        <translation>{count}টি সংযোগ</translation>
    </message>
    <message>
        <source>{count} spans (labels {labels})</source>
        <translation>{count}টি অংশ (লেবেল {labels})</translation>
    </message>
    <message>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <source>{spans} and {relations}</source>
        <translation>{spans} ও {relations}</translation>
    </message>
    <message>
        <source>project {project!r} has no label {label!r}</source>
        <translation>প্রকল্প {project!r}-এ {label!r} নামে কোনো লেবেল নেই</translation>
    </message>
    <message>
        <source>project {project!r} has {count} labeled documents in its {layer} layer; at least 2 are needed to train and score the tagger</source>
        <translation>প্রকল্প {project!r}-এর {layer} স্তরে লেবেল দেওয়া নথি আছে {count}টি; ট্যাগার শেখাতে ও যাচাই করতে অন্তত ২টি লাগে</translation>
    </message>
    <message>
        <source>the {layer} layer of {project!r} has no entity spans to learn</source>
        <translation>{project!r}-এর {layer} স্তরে শেখার মতো কোনো সত্তা-অংশ নেই</translation>
    </message>
    <message>
        <source>training failed: {reason}</source>
        <translation>শেখানো ব্যর্থ হয়েছে: {reason}</translation>
    </message>
    <message>
        <source>a relation must link two spans of the same annotator</source>
        <translation>একটি সংযোগ একই টীকাকারের দুটি অংশকে যুক্ত করতে হবে</translation>
    </message>
    <message>
        <source>a relation must link two spans of the same document</source>
        <translation>একটি সংযোগ একই নথির দুটি অংশকে যুক্ত করতে হবে</translation>
    </message>
    <message>
        <source>a {label} cannot be a mention of a referent; take it out of its referent first</source>
        <translation>{label} কোনো সত্তার উল্লেখ হতে পারে না; আগে এটিকে তার সত্তা থেকে আলাদা করুন</translation>
    </message>
    <message>
        <source>no annotator named {names} (known: {known})</source>
        <translation>{names} নামে কোনো টীকাকার নেই (জানা টীকাকার: {known})</translation>
    </message>
    <message>
        <source>no annotators named {names} (known: {known})</source>
        <translation>{names} নামে কোনো টীকাকার নেই (জানা টীকাকার: {known})</translation>
    </message>
    <message>
        <source>no document {id!r} in this database</source>
        <translation>এই ডেটাবেসে {id!r} নামে কোনো নথি নেই</translation>
    </message>
    <message>
        <source>no document {id!r} in this project</source>
        <translation>এই প্রকল্পে {id!r} নামে কোনো নথি নেই</translation>
    </message>
    <message>
        <source>no project named {project!r}</source>
        <translation>{project!r} নামে কোনো প্রকল্প নেই</translation>
    </message>
    <message>
        <source>the database has no project yet (import documents first)</source>
        <translation>ডেটাবেসে এখনও কোনো প্রকল্প নেই (আগে নথি আমদানি করুন)</translation>
    </message>
    <message>
        <source>the database is closed; the edit was not saved</source>
        <translation>ডেটাবেসটি বন্ধ; সম্পাদনা রাখা হয়নি</translation>
    </message>
    <message>
        <source>this {link} link exists already</source>
        <translation>এই {link} সংযোগটি আগে থেকেই আছে</translation>
    </message>
    <message>
        <source>{database} is read-only; edits are disabled</source>
        <translation>{database} শুধু পড়ার জন্য; সম্পাদনা বন্ধ আছে</translation>
    </message>
    <message>
        <source>{label} cannot keep its {link} link; remove the link first</source>
        <translation>{label} তার {link} সংযোগ রাখতে পারে না; আগে সংযোগটি সরান</translation>
    </message>
    <message>
        <source>cannot copy the database to {target}: {reason}</source>
        <translation>ডেটাবেসটি {target}-এ কপি করা যাচ্ছে না: {reason}</translation>
    </message>
    <message>
        <source>none in {folder}</source>
        <translation>{folder}-এ একটিও নেই</translation>
    </message>
    <message>
        <source>the database at {database} is damaged ({reason}); newest backups: {listed}; restore one with `annotator --db {database} db restore FILE`</source>
        <translation>{database}-এ রাখা ডেটাবেসটি নষ্ট হয়ে গেছে ({reason}); সবচেয়ে নতুন ব্যাকআপ: {listed}; `annotator --db {database} db restore FILE` দিয়ে একটি ফিরিয়ে আনুন</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} নেই</translation>
    </message>
    <message>
        <source>no document with id {document}</source>
        <translation>id {document}-এর কোনো নথি নেই</translation>
    </message>
    <message>
        <source>a part of it is a file</source>
        <translation>এর পথের একটি অংশ আসলে একটি ফাইল</translation>
    </message>
    <message>
        <source>cannot create the database {path}: {reason}</source>
        <translation>ডেটাবেস {path} তৈরি করা যাচ্ছে না: {reason}</translation>
    </message>
    <message>
        <source>cannot open {database}: {reason}</source>
        <translation>{database} খোলা যাচ্ছে না: {reason}</translation>
    </message>
    <message>
        <source>cannot use {database}: {reason}</source>
        <translation>{database} ব্যবহার করা যাচ্ছে না: {reason}</translation>
    </message>
    <message>
        <source>the edit was not saved: waiting for another import… (another program is writing the database); retry when it has finished</source>
        <translation>সম্পাদনা রাখা হয়নি: অন্য একটি আমদানির জন্য অপেক্ষা চলছে… (অন্য একটি প্রোগ্রাম ডেটাবেসে লিখছে); সেটি শেষ হলে আবার চেষ্টা করুন</translation>
    </message>
    <message>
        <source>the edit was not saved: {reason} (free some disk space and retry)</source>
        <translation>সম্পাদনা রাখা হয়নি: {reason} (ডিস্কে কিছু জায়গা খালি করে আবার চেষ্টা করুন)</translation>
    </message>
    <message>
        <source>the edit was not saved: {reason} (the database is read-only)</source>
        <translation>সম্পাদনা রাখা হয়নি: {reason} (ডেটাবেসটি শুধু পড়ার জন্য)</translation>
    </message>
    <message>
        <source>the edit was not saved: {reason} (the database&apos;s files changed under the program, e.g. a deleted -wal or -shm file, or the disk failed; close the window and run `annotator db check`)</source>
        <translation>সম্পাদনা রাখা হয়নি: {reason} (প্রোগ্রাম চলার সময় ডেটাবেসের ফাইল বদলে গেছে, যেমন -wal বা -shm ফাইল মুছে গেছে, অথবা ডিস্ক বিকল হয়েছে; জানালাটি বন্ধ করে `annotator db check` চালান)</translation>
    </message>
    <message>
        <source>{path} has committed changes in {wal} that SQLite cannot read in a read-only folder without its -shm file; copy the database together with its -wal file to a writable folder (or make the folder writable)</source>
        <translation>{path}-এর কিছু স্থায়ী পরিবর্তন {wal}-এ আছে, যা -shm ফাইল ছাড়া শুধু-পড়ার ফোল্ডারে SQLite পড়তে পারে না; ডেটাবেসটি তার -wal ফাইলসহ লেখা যায় এমন ফোল্ডারে কপি করুন (অথবা ফোল্ডারটিতে লেখার অনুমতি দিন)</translation>
    </message>
    <message>
        <source>relation {relation} no longer exists</source>
        <translation>সংযোগ {relation} আর নেই</translation>
    </message>
    <message>
        <source>span {span} no longer exists</source>
        <translation>অংশ {span} আর নেই</translation>
    </message>
    <message>
        <source>upgrading {database} would break {count} references; nothing was changed</source>
        <translation>{database} হালনাগাদ করলে {count}টি সংযোগসূত্র ভেঙে যাবে; কিছুই বদলানো হয়নি</translation>
    </message>
    <message>
        <source>{database} is not an Annotator database</source>
        <translation>{database} কোনো Annotator ডেটাবেস নয়</translation>
    </message>
    <message>
        <source>{database} is read-only and at schema revision {current}, not this version&apos;s {head}; open a writable copy of it</source>
        <translation>{database} শুধু পড়ার জন্য এবং এর গঠন-সংস্করণ {current}, এই সংস্করণের {head} নয়; এর একটি লেখা যায় এমন কপি খুলুন</translation>
    </message>
    <message>
        <source>{database} was written by a newer Annotator (schema revision {current}); this version understands up to {head}. Please upgrade Annotator.</source>
        <translation>{database} Annotator-এর নতুনতর সংস্করণে লেখা (গঠন-সংস্করণ {current}); এই সংস্করণ {head} পর্যন্ত বোঝে। অনুগ্রহ করে Annotator হালনাগাদ করুন।</translation>
    </message>
    <message>
        <source>{path} is a SQLite file without Annotator&apos;s tables ({reason}), not an Annotator database</source>
        <translation>{path} Annotator-এর সারণি ছাড়া একটি SQLite ফাইল ({reason}), Annotator ডেটাবেস নয়</translation>
    </message>
    <message>
        <source>{path} is a SQLite file without Annotator&apos;s tables, not an Annotator database</source>
        <translation>{path} Annotator-এর সারণি ছাড়া একটি SQLite ফাইল, Annotator ডেটাবেস নয়</translation>
    </message>
    <message>
        <source>{path} is an empty file, not an Annotator database</source>
        <translation>{path} একটি ফাঁকা ফাইল, Annotator ডেটাবেস নয়</translation>
    </message>
    <message>
        <source>no annotator named {name!r}</source>
        <translation>{name!r} নামে কোনো টীকাকার নেই</translation>
    </message>
    <message>
        <source>no project with id {project}</source>
        <translation>id {project}-এর কোনো প্রকল্প নেই</translation>
    </message>
    <message>
        <source>; you are logged in as {login}</source>
        <translation>; আপনি {login} হিসেবে লগ-ইন করেছেন</translation>
    </message>
    <message>
        <source>history rows record the login that wrote them</source>
        <translation>ইতিহাসের সারিতে লেখা থাকে কোন লগ-ইন সেগুলো লিখেছে</translation>
    </message>
    <message>
        <source>not saved: {what}{who}</source>
        <translation>রাখা হয়নি: {what}{who}</translation>
    </message>
    <message>
        <source>only curators and managers assign documents</source>
        <translation>শুধু চূড়ান্তকারী ও ব্যবস্থাপকেরা নথি বণ্টন করেন</translation>
    </message>
    <message>
        <source>only managers change projects, label schemas, documents and members</source>
        <translation>শুধু ব্যবস্থাপকেরা প্রকল্প, লেবেল-কাঠামো, নথি ও সদস্য বদলান</translation>
    </message>
    <message>
        <source>that layer belongs to another annotator (its owner writes it; curators also write gold, managers every layer)</source>
        <translation>ওই স্তরটি অন্য একজন টীকাকারের (স্তরটি তার মালিকই লেখেন; চূড়ান্তকারীরা চূড়ান্ত স্তরও লেখেন, ব্যবস্থাপকেরা সব স্তর)</translation>
    </message>
    <message>
        <source>the server refused it ({reason})</source>
        <translation>সার্ভার এটি প্রত্যাখ্যান করেছে ({reason})</translation>
    </message>
    <message>
        <source>its last view could not be kept</source>
        <translation>এর শেষ অবস্থাটি রাখা যায়নি</translation>
    </message>
    <message>
        <source>its last view was kept in {kept}</source>
        <translation>এর শেষ অবস্থাটি {kept}-এ রাখা হয়েছে</translation>
    </message>
    <message>
        <source>the database was not read</source>
        <translation>ডেটাবেস পড়া হয়নি</translation>
    </message>
    <message>
        <source>the edit was not saved</source>
        <translation>সম্পাদনা রাখা হয়নি</translation>
    </message>
    <message>
        <source>{name}-wal was deleted or replaced while the database was open (a sync tool or a cleaner?): the database was not overwritten with this window&apos;s stale view; {where}; run `annotator --db {database} db check`</source>
        <translation>ডেটাবেস খোলা থাকার সময় {name}-wal মুছে বা বদলে গেছে (কোনো সিঙ্ক টুল বা পরিষ্কারক প্রোগ্রাম?): এই জানালার পুরোনো অবস্থা দিয়ে ডেটাবেসের ওপর লেখা হয়নি; {where}; `annotator --db {database} db check` চালান</translation>
    </message>
    <message>
        <source>{what}: {wal} was deleted or replaced while the database was open (a sync tool or a cleaner?); close every window on it, then run `annotator --db {database} db check`</source>
        <translation>{what}: ডেটাবেস খোলা থাকার সময় {wal} মুছে বা বদলে গেছে (কোনো সিঙ্ক টুল বা পরিষ্কারক প্রোগ্রাম?); এটি খোলা সব জানালা বন্ধ করে `annotator --db {database} db check` চালান</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>no document is open</source>
        <translation>কোনো নথি খোলা নেই</translation>
    </message>
    <message>
        <source>these are {annotator}&apos;s labels, shown read-only</source>
        <translation>এগুলো {annotator}-এর লেবেল, শুধু দেখার জন্য দেখানো হচ্ছে</translation>
    </message>
    <message>
        <source>{reason}; the document was reloaded</source>
        <translation>{reason}; নথিটি আবার লোড করা হয়েছে</translation>
    </message>
    <message>
        <source>could not record time: {reason}</source>
        <translation>সময় লেখা যায়নি: {reason}</translation>
    </message>
    <message>
        <source>no editable document is open</source>
        <translation>সম্পাদনা করা যায় এমন কোনো নথি খোলা নেই</translation>
    </message>
</context>
<context>
    <name>SpanDetails</name>
    <message>
        <source>Selected span</source>
        <translation>নির্বাচিত অংশ</translation>
    </message>
    <message>
        <source>Select text and press a label key, or click a span.</source>
        <translation>লেখা নির্বাচন করে একটি লেবেল-কী চাপুন, অথবা কোনো অংশে ক্লিক করুন।</translation>
    </message>
    <message>
        <source>{n} parts</source>
        <translation>{n}টি খণ্ড</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>সংযোগ মুছুন</translation>
    </message>
</context>
<context>
    <name>SpanNoteEditor</name>
    <message>
        <source>Note</source>
        <translation>মন্তব্য</translation>
    </message>
    <message>
        <source>A note on this span (unsure: is this the speaker?)</source>
        <translation>এই অংশ নিয়ে একটি মন্তব্য (নিশ্চিত নই: ইনিই কি বক্তা?)</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>মন্তব্য সংরক্ষণ করুন</translation>
    </message>
    <message>
        <source>Note ({who})</source>
        <translation>মন্তব্য ({who})</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <source>Saved</source>
        <translation>রাখা হয়েছে</translation>
    </message>
    <message>
        <source>Project: {name}</source>
        <translation>প্রকল্প: {name}</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>শুধু পড়ার জন্য</translation>
    </message>
    <message>
        <source>Annotator: {name} ({role})</source>
        <translation>টীকাকার: {name} ({role})</translation>
    </message>
    <message>
        <source>Annotator: {name}</source>
        <translation>টীকাকার: {name}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>রাখা হয়নি</translation>
    </message>
    <message>
        <source>{done} of {total} done</source>
        <translation>{total}টির মধ্যে {done}টি সম্পন্ন</translation>
    </message>
</context>
<context>
    <name>SuggestionsController</name>
    <message>
        <source>reject suggestion {span}</source>
        <translation>প্রস্তাব বাতিল {span}</translation>
    </message>
    <message>
        <source>Suggestions unavailable: {msg}</source>
        <translation>প্রস্তাব পাওয়া যাচ্ছে না: {msg}</translation>
    </message>
    <message>
        <source>Stored suggestions unreadable: {exc}</source>
        <translation>সংরক্ষিত প্রস্তাব পড়া যাচ্ছে না: {exc}</translation>
    </message>
    <message>
        <source>Suggestions failed: {msg}</source>
        <translation>প্রস্তাব তৈরি ব্যর্থ: {msg}</translation>
    </message>
    <message>
        <source>Suggestion {span}: Alt+A accepts, Alt+X rejects</source>
        <translation>প্রস্তাব {span}: Alt+A গ্রহণ করে, Alt+X বাতিল করে</translation>
    </message>
    <message>
        <source>Suggestions cannot be accepted here: the layer is read-only</source>
        <translation>এখানে প্রস্তাব গ্রহণ করা যায় না: স্তরটি কেবল পড়ার জন্য</translation>
    </message>
    <message>
        <source>No suggestion here: Tab walks to the next one</source>
        <translation>এখানে কোনো প্রস্তাব নেই: Tab পরেরটিতে নিয়ে যায়</translation>
    </message>
    <message>
        <source>Accepted {span}</source>
        <translation>গৃহীত হয়েছে {span}</translation>
    </message>
    <message>
        <source>Rejected {label} {text}: not suggested again in this project</source>
        <translation>বাতিল হয়েছে {label} {text}: এই প্রকল্পে আর প্রস্তাব করা হবে না</translation>
    </message>
    <message>
        <source>accept {n} suggestions</source>
        <translation>{n}টি প্রস্তাব গ্রহণ</translation>
    </message>
    <message>
        <source>Accepted {n} suggestions scoring {threshold} or more (Ctrl+Z undoes them all)</source>
        <translation>{threshold} বা তার বেশি স্কোরের {n}টি প্রস্তাব গৃহীত হয়েছে (Ctrl+Z সবগুলো ফিরিয়ে নেয়)</translation>
    </message>
    <message>
        <source>Accepted {n} suggestions scoring {threshold} or more</source>
        <translation>{threshold} বা তার বেশি স্কোরের {n}টি প্রস্তাব গৃহীত হয়েছে</translation>
    </message>
    <message>
        <source>The suggestion model is already training</source>
        <translation>প্রস্তাবের মডেলের প্রশিক্ষণ ইতিমধ্যে চলছে</translation>
    </message>
    <message>
        <source>Training the suggestion model in the background…</source>
        <translation>পটভূমিতে প্রস্তাবের মডেলের প্রশিক্ষণ চলছে…</translation>
    </message>
    <message>
        <source>Suggestion model trained on {train} documents: F1 {f1} (precision {precision}, recall {recall}) on {holdout} held-out</source>
        <translation>প্রস্তাবের মডেল {train}টি নথিতে প্রশিক্ষিত: আলাদা রাখা {holdout}টি নথিতে F1 {f1} (প্রিসিশন {precision}, রিকল {recall})</translation>
    </message>
    <message>
        <source>Suggestion model: hold-out scores</source>
        <translation>প্রস্তাবের মডেল: আলাদা রাখা নথিতে স্কোর</translation>
    </message>
    <message>
        <source>Training the suggestion model failed: {message}</source>
        <translation>প্রস্তাবের মডেলের প্রশিক্ষণ ব্যর্থ: {message}</translation>
    </message>
</context>
<context>
    <name>TableHeaders</name>
    <message>
        <source>Label</source>
        <translation>লেবেল</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>লেখা</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>বৈশিষ্ট্য</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>সংযোগ</translation>
    </message>
</context>
<context>
    <name>TeamRoles</name>
    <message>
        <source>annotator</source>
        <translation>টীকাকার</translation>
    </message>
    <message>
        <source>curator</source>
        <translation>চূড়ান্তকারী</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>ব্যবস্থাপক</translation>
    </message>
    <message>
        <source>Logged in as {login}: you write your own layers, states and time.</source>
        <translation>{login} হিসেবে লগ-ইন: আপনি নিজের স্তর, অবস্থা ও সময় লেখেন।</translation>
    </message>
    <message>
        <source>Logged in as {login}: you also write the gold layer, adjudicate and assign documents.</source>
        <translation>{login} হিসেবে লগ-ইন: আপনি চূড়ান্ত স্তরও লেখেন, মীমাংসা করেন ও নথি বণ্টন করেন।</translation>
    </message>
    <message>
        <source>Logged in as {login}: you also edit schemas, projects and documents, and manage members.</source>
        <translation>{login} হিসেবে লগ-ইন: আপনি লেবেল-কাঠামো, প্রকল্প ও নথিও সম্পাদনা করেন এবং সদস্যদের ব্যবস্থাপনা করেন।</translation>
    </message>
    <message>
        <source>Only managers change the label schema; you are logged in as {login} ({role}).</source>
        <translation>শুধু ব্যবস্থাপকেরা লেবেল-কাঠামো বদলান; আপনি {login} ({role}) হিসেবে লগ-ইন করেছেন।</translation>
    </message>
    <message>
        <source>Only managers change a project&apos;s settings; you are logged in as {login} ({role}).</source>
        <translation>শুধু ব্যবস্থাপকেরা প্রকল্পের সেটিং বদলান; আপনি {login} ({role}) হিসেবে লগ-ইন করেছেন।</translation>
    </message>
    <message>
        <source>Only managers import documents; you are logged in as {login} ({role}).</source>
        <translation>শুধু ব্যবস্থাপকেরা নথি আমদানি করেন; আপনি {login} ({role}) হিসেবে লগ-ইন করেছেন।</translation>
    </message>
    <message>
        <source>Only curators adjudicate into the gold layer; you are logged in as {login} ({role}).</source>
        <translation>শুধু চূড়ান্তকারীরা চূড়ান্ত স্তরে মীমাংসা করেন; আপনি {login} ({role}) হিসেবে লগ-ইন করেছেন।</translation>
    </message>
    <message>
        <source>On this database your login is your annotator name: {login} ({role}).</source>
        <translation>এই ডেটাবেসে আপনার লগ-ইনই আপনার টীকাকার-নাম: {login} ({role})।</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>same as</source>
        <translation>একই ব্যক্তি/সত্তা</translation>
    </message>
    <message>
        <source>add fragment</source>
        <translation>খণ্ড যোগ</translation>
    </message>
    <message>
        <source>remove fragment</source>
        <translation>খণ্ড সরানো</translation>
    </message>
    <message>
        <source>same as: {mention} = {referent}</source>
        <translation>একই ব্যক্তি/সত্তা: {mention} = {referent}</translation>
    </message>
    <message>
        <source>leave referent</source>
        <translation>সত্তা থেকে আলাদা করা</translation>
    </message>
    <message>
        <source>rename referent {name}</source>
        <translation>সত্তার নাম বদল {name}</translation>
    </message>
    <message>
        <source>the span this step refers to is gone; cannot undo it</source>
        <translation>এই ধাপ যে অংশের, সেটি আর নেই; ধাপটি ফেরানো যাচ্ছে না</translation>
    </message>
    <message>
        <source>delete {span}</source>
        <translation>{span} মুছুন</translation>
    </message>
    <message>
        <source>link {type}</source>
        <translation>{type} যুক্ত করুন</translation>
    </message>
    <message>
        <source>mark {status}</source>
        <translation>{status} চিহ্নিত করুন</translation>
    </message>
    <message>
        <source>note on {span}</source>
        <translation>{span}-এ মন্তব্য</translation>
    </message>
    <message>
        <source>remove note from {span}</source>
        <translation>{span} থেকে মন্তব্য মুছুন</translation>
    </message>
    <message>
        <source>add document note</source>
        <translation>নথিতে মন্তব্য যোগ</translation>
    </message>
    <message>
        <source>delete document note</source>
        <translation>নথির মন্তব্য মুছুন</translation>
    </message>
    <message>
        <source>edit document note</source>
        <translation>নথির মন্তব্য সম্পাদনা</translation>
    </message>
</context>
</TS>
